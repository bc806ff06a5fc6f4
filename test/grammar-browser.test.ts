// Opens grammar/diagrams/index.html in real headless Chromium and checks that the page works:
// no console errors, every rule's diagram is rendered with a real size, and clicking a
// non-terminal takes you to that rule.
//
// Needs Chromium at /usr/bin/chromium (Debian: `apt-get install -y chromium`; CI installs it).
// Without it the suite is skipped with a warning, so a developer machine still runs `pnpm test`.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializedGrammar } from "../packages/syntax/src/grammar-info.js";

const chromiumPath = "/usr/bin/chromium";
const haveChromium = existsSync(chromiumPath);
// CI must not skip quietly: there a missing browser is a failure (see the test below).
const inCi = Boolean(process.env.CI);
if (!haveChromium && !inCi) {
  console.warn(
    [
      "",
      "!!! test/grammar-browser.test.ts is SKIPPED: no Chromium at /usr/bin/chromium.",
      "!!! The railroad diagram page is not being checked in a browser on this machine.",
      "!!! Install it (Debian/Ubuntu: apt-get install -y chromium) to run these tests; CI runs them.",
      "",
    ].join("\n"),
  );
}

const indexUrl = pathToFileURL(fileURLToPath(new URL("../grammar/diagrams/index.html", import.meta.url))).href;
const ruleNames = serializedGrammar().map((r) => (r as unknown as { name: string }).name);

it.runIf(!haveChromium && inCi)("has Chromium available in CI", () => {
  expect.fail(
    `CI is set but ${chromiumPath} does not exist; install it (apt-get install -y chromium) so the diagram page is checked`,
  );
});

describe.skipIf(!haveChromium)("grammar/diagrams/index.html in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("requestfailed", (req) =>
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? "?"})`),
    );
    await page.goto(indexUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("loads without console errors or failed requests", () => {
    expect(problems).toEqual([]);
  });

  it("renders a non-empty SVG diagram for every parser rule", async () => {
    const sizes = await page.evaluate((names) => {
      return names.map((name) => {
        const svg = document.getElementById(name)?.querySelector("svg.railroad");
        if (!svg) return { name, width: 0, height: 0, found: false };
        const box = svg.getBoundingClientRect();
        return { name, width: box.width, height: box.height, found: true };
      });
    }, ruleNames);
    for (const s of sizes) {
      expect(s.found, `no <svg> in the section of rule ${s.name}`).toBe(true);
      expect(s.width, `diagram of ${s.name} has no width`).toBeGreaterThan(0);
      expect(s.height, `diagram of ${s.name} has no height`).toBeGreaterThan(0);
    }
  });

  it("navigates to a rule's anchor when one of its non-terminals is clicked", async () => {
    // One link per referenced rule, taken from some diagram that uses it.
    const links = await page.evaluate(() => {
      const seen = new Map<string, string>();
      for (const a of Array.from(document.querySelectorAll("svg.railroad a.n"))) {
        const href = a.getAttribute("href") ?? "";
        const from = a.closest("section")?.id ?? "";
        if (!seen.has(href)) seen.set(href, from);
      }
      return Array.from(seen, ([href, from]) => ({ href, from }));
    });
    expect(links.length).toBeGreaterThan(0);
    for (const { href, from } of links) {
      const target = href.slice(1);
      expect(ruleNames, `${href} in the diagram of ${from} is not a rule`).toContain(target);
      // Start from the section that holds the link, then click the box itself.
      await page.goto(`${indexUrl}#${from}`);
      await page.locator(`section[id="${from}"] svg.railroad a.n[href="${href}"]`).first().click();
      await page.waitForFunction((h) => location.hash === h, href);
      const state = await page.evaluate(() => {
        const t = document.querySelector(":target");
        return {
          hash: location.hash,
          target: t?.id ?? null,
          top: t ? Math.round(t.getBoundingClientRect().top) : null,
        };
      });
      expect(state.hash, `clicking ${href} in ${from}`).toBe(href);
      expect(state.target, `clicking ${href} in ${from} should target the rule's section`).toBe(target);
      // The browser scrolled the rule into view (unless the page cannot scroll that far).
      const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      const scrollY = await page.evaluate(() => window.scrollY);
      if (scrollY < maxScroll)
        expect(Math.abs(state.top ?? 9999), `rule ${target} should be at the top of the view`).toBeLessThanOrEqual(2);
    }
    expect(problems).toEqual([]);
  });
});
