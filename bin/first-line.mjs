// The first line of an error's message, cut to 300 characters: what the two
// summary reporters keep of each failure for the "Failed (N):" list.
export const firstLine = (error) =>
  String(error?.message ?? error ?? '')
    .split('\n')[0]
    .slice(0, 300);
