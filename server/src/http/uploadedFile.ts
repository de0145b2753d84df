/**
 * Whether a value is an uploaded file. graphql-yoga hands uploads over as File objects of its
 * fetch ponyfill, not of the global File class, so `instanceof File` is false: check the shape.
 */
export function isUploadedFile(value: unknown): value is File {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as File).arrayBuffer === 'function' &&
    typeof (value as File).name === 'string' &&
    typeof (value as File).size === 'number'
  );
}
