/**
 * How a view that is not the app shell asks for the export dialog (the comparison view's "Export video…"): the
 * app sets {@link exportRequest.open} to its controller's `show`.
 */
export const exportRequest: { open: (compare?: readonly string[]) => void } = { open: () => undefined };
