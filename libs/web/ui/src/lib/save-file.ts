/** Saves text as a file the browser downloads, through a temporary Blob link. */
export function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name part from free text: letters, digits, dot, dash and underscore only. */
export function fileSafe(text: string, fallback: string): string {
  return text.trim().replace(/[^A-Za-z0-9._-]+/g, '-') || fallback;
}
