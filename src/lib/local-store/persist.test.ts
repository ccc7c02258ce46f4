import { describe, expect, it, vi } from "vitest";
import { askFromButton, askSilently, promptsForPersist, storageKept } from "./persist";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

function browser(userAgent: string, grants: boolean) {
  let kept = false;
  const persist = vi.fn(async () => {
    kept = grants;
    return grants;
  });
  return { userAgent, storage: { persist, persisted: async () => kept }, persist };
}

describe("asking the browser to keep storage", () => {
  it("knows which browsers prompt", () => {
    expect(promptsForPersist(FIREFOX)).toBe(true);
    expect(promptsForPersist(CHROME)).toBe(false);
  });

  it("asks silently in Chromium and Safari after a save, never in Firefox", async () => {
    const chrome = browser(CHROME, true);
    expect(await askSilently(chrome)).toBe("kept");
    expect(chrome.persist).toHaveBeenCalledTimes(1);
    expect(await askSilently(chrome)).toBe("kept");
    expect(chrome.persist).toHaveBeenCalledTimes(1);

    const firefox = browser(FIREFOX, true);
    expect(await askSilently(firefox)).toBe("may-clear");
    expect(firefox.persist).not.toHaveBeenCalled();
    expect(await askFromButton(firefox)).toBe("kept");
  });

  it("says when it cannot tell, and when the browser refused", async () => {
    expect(await storageKept({ userAgent: CHROME })).toBe("unknown");
    expect(await askSilently(browser(CHROME, false))).toBe("may-clear");
  });
});
