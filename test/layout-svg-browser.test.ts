// Renders the layout byte map (`mofkit layout --format svg`) in real headless Chromium and checks
// that a person can read it: it renders without errors, every item and padding span is drawn with
// a real size, every label fits inside its span, spans do not overlap, and the tooltips name the
// items. A screenshot of the §8 worked examples is kept at docs/layout-example.png (written when
// missing or with UPDATE_SCREENSHOTS=1) and shown in docs/layout.md.
//
// Needs Chromium at /usr/bin/chromium; without it the suite is skipped with a warning (CI fails).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderLayoutSvg } from "@mofkit/codegen";
import { build } from "../packages/layout/test/support/build.js";

const chromiumPath = "/usr/bin/chromium";
const haveChromium = existsSync(chromiumPath);
const inCi = Boolean(process.env.CI);
if (!haveChromium && !inCi) {
  console.warn(
    [
      "",
      "!!! test/layout-svg-browser.test.ts is SKIPPED: no Chromium at /usr/bin/chromium.",
      "!!! The layout byte map is not being checked in a browser on this machine.",
      "!!! Install it (Debian/Ubuntu: apt-get install -y chromium) to run these tests; CI runs them.",
      "",
    ].join("\n"),
  );
}

const screenshot = fileURLToPath(new URL("../docs/layout-example.png", import.meta.url));
const fixture = readFileSync(new URL("../packages/layout/test/fixtures/worked-examples.mof", import.meta.url), "utf8");
const t = build(fixture, "worked-examples.mof");
const shown = ["WmiSampleClass1", "Vendor_EC1D", "Vendor_SerialInfo", "Vendor_GetSetData.GetEC1:out"].map((n) =>
  t.block(n),
);
const all = t.layouts.blocks;

it.runIf(!haveChromium && inCi)("has Chromium available in CI", () => {
  expect.fail(`CI is set but ${chromiumPath} does not exist; install it (apt-get install -y chromium)`);
});

describe.skipIf(!haveChromium)("layout byte map (SVG) in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 700, height: 900 }, deviceScaleFactor: 1 });
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function show(svg: string) {
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`, { waitUntil: "load" });
  }

  it("renders every block of the worked examples with readable, non-overlapping spans", async () => {
    await show(renderLayoutSvg(all));
    const report = await page.evaluate(() => {
      const out: string[] = [];
      const svg = document.querySelector("svg")!;
      const box = svg.getBoundingClientRect();
      if (!(box.width > 0 && box.height > 0)) out.push("the svg has no size");
      const blocks = Array.from(document.querySelectorAll("g.block"));
      for (const g of blocks) {
        const rects = Array.from(g.querySelectorAll("rect.span")) as SVGRectElement[];
        const boxes = rects.map((r) => r.getBBox());
        boxes.forEach((b, i) => {
          if (!(b.width > 0 && b.height > 0)) out.push(`${g.getAttribute("data-block")}: span ${i} has no size`);
          for (let j = 0; j < i; j++) {
            const o = boxes[j];
            const overlap =
              Math.min(b.x + b.width, o.x + o.width) - Math.max(b.x, o.x) > 0.5 &&
              Math.min(b.y + b.height, o.y + o.height) - Math.max(b.y, o.y) > 0.5;
            if (overlap) out.push(`${g.getAttribute("data-block")}: spans ${j} and ${i} overlap`);
          }
        });
        // Every label sits inside one span and fits its width.
        for (const text of Array.from(g.querySelectorAll("text")) as SVGTextElement[]) {
          const tb = text.getBBox();
          if (text.getBBox().x + text.getComputedTextLength() > box.width)
            out.push(`${g.getAttribute("data-block")}: text '${text.textContent}' runs past the right edge`);
          if (text.classList.contains("title") || text.getAttribute("text-anchor") === "end") continue;
          const host = boxes.find(
            (b) =>
              tb.x >= b.x - 0.5 &&
              tb.x < b.x + b.width &&
              tb.y >= b.y - 0.5 &&
              tb.y + tb.height <= b.y + b.height + 0.5,
          );
          if (!host) continue; // captions outside spans ("variable part from byte ...")
          if (tb.x + text.getComputedTextLength() > host.x + host.width + 0.5)
            out.push(`${g.getAttribute("data-block")}: label '${text.textContent}' overflows its span`);
        }
        if (rects.some((r) => !r.querySelector("title")?.textContent))
          out.push(`${g.getAttribute("data-block")}: a span has no tooltip`);
      }
      return { out, blocks: blocks.length };
    });
    expect(report.out).toEqual([]);
    expect(report.blocks).toBe(all.length);
    expect(problems).toEqual([]);
  });

  it("draws each fixed item at its offset: 72 px per byte, 8 bytes per row", async () => {
    await show(renderLayoutSvg([t.block("WmiSampleClass1")]));
    const spans = await page.evaluate(() =>
      Array.from(document.querySelectorAll("rect.span")).map((r) => {
        const b = (r as SVGRectElement).getBBox();
        return { x: b.x, y: b.y, w: b.width, tip: r.querySelector("title")!.textContent };
      }),
    );
    const x0 = Math.min(...spans.map((s) => s.x));
    const y0 = Math.min(...spans.map((s) => s.y));
    const at = (name: string) => spans.find((s) => s.tip!.startsWith(`${name}:`))!;
    // Xint8 at offset 16: row 2, column 0; Xint16 at 18: row 2, column 2; one pad byte at 17.
    expect([(at("Xint8").x - x0) / 72, (at("Xint8").y - y0) / 30, at("Xint8").w / 72]).toEqual([0, 2, 1]);
    expect([(at("Xint16").x - x0) / 72, (at("Xint16").y - y0) / 30]).toEqual([2, 2]);
    expect(spans.filter((s) => s.tip!.startsWith("padding")).map((s) => (s.x - x0) / 72)).toEqual([1]);
    expect(at("Xuint64").tip).toBe("Xuint64: uint64, offset 8, 8 bytes, alignment 8 (C: ULONGLONG Xuint64)");
  });

  it("takes a screenshot for the docs", async () => {
    await show(renderLayoutSvg(shown));
    const png = await page.locator("svg").screenshot();
    expect(png.length).toBeGreaterThan(10_000);
    if (!existsSync(screenshot) || process.env.UPDATE_SCREENSHOTS) writeFileSync(screenshot, png);
    expect(existsSync(screenshot)).toBe(true);
  });
});
