// Search text goes into LIKE patterns: escape its wildcards so "%" or "_" typed by a user match
// themselves (PostgreSQL's default LIKE escape character is the backslash).
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
export const containing = (text: string) => `%${escapeLike(text)}%`;
export const startingWith = (text: string) => `${escapeLike(text)}%`;
