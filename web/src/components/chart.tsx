/** A uPlot chart that follows its container's width (laptop or phone) and is rebuilt when its data changes. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export function Chart({ options, data, label }: { options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current!;
    const plot = new uPlot({ ...options, width: Math.max(280, el.clientWidth) }, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: options.height }));
    resize.observe(el);
    return () => (resize.disconnect(), plot.destroy());
  }, [options, data]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
