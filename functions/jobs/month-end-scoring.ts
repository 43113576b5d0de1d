// Entry point: being written (see functions/catalog.ts).
export const handler = async (): Promise<void> => {};
