/** Offers text as a file download. Nothing leaves the device: the file is made in the browser. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a backup ({ name, text }, as the worksheet session makes it) as a .json download. */
export function downloadBackup({ name, text }: { name: string; text: string }): void {
  downloadText(name, text, "application/json");
}
