/** A uPlot chart that follows its container's width (laptop or phone) and is rebuilt when its data changes. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function Chart({ options, data, label }: { options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current!;
    // A few days of data would otherwise be stretched over years: pad the time axis by 5% of the span, at least 3 days.
    const pad = (min: number, max: number): uPlot.Range.MinMax => {
      const margin = Math.max(3 * 86400, (max - min) * 0.05);
      return [min - margin, max + margin];
    };
    const scales = { ...options.scales, x: { time: true, range: (_u: uPlot, min: number, max: number) => pad(min, max), ...options.scales?.x } };
    const plot = new uPlot({ ...options, scales, width: Math.max(280, el.clientWidth) }, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: options.height }));
    resize.observe(el);
    return () => (resize.disconnect(), plot.destroy());
  }, [options, data]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
