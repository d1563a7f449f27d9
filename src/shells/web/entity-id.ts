/**
 * An entity's id in API paths (/api/entities/{id}), made in the browser the way the API
 * makes it (src/shells/api/entity-page.ts): its type and name as JSON, UTF-8, base64url
 * without padding. The dashboard needs it to open an entity it knows by name and type.
 */
export function entityIdOf(type: string, name: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify([type, name]));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
