import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { FIXTURES, planJson, writeProgram } from "./helpers";

/** Debian's chromium, installed by .ci/run; the test never lets a tool download a browser. */
const CHROMIUM = "/usr/bin/chromium";

describe("lepton-mc plan --html", () => {
  it("writes a self-contained report whose charts and figures render in headless Chromium", async () => {
    const html = join(writeProgram("html", {}), "report.html");
    const { run, json } = await planJson([join(FIXTURES, "groups"), "--html", html]);
    expect([0, 1]).toContain(run.code);

    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "lepton-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(html).href);
      await page.waitForFunction('document.body.dataset.chartsReady === "true"', undefined, {
        timeout: 10_000,
      });
      await page.screenshot({ path: html.replace(/\.html$/, ".png"), fullPage: true });

      expect(errors).toEqual([]);
      // Self-contained: the page loads nothing but itself.
      expect(requests).toEqual([pathToFileURL(html).href]);
      const total = `$${json.totals.monthlyUsd.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
      expect(await page.textContent("#card-total b")).toBe(total);
      // The cloud chart draws a slice label per cloud with its cost, as SVG text.
      const cloudText = (await page.locator("#chart-cloud svg text").allTextContents()).join(" ");
      expect(cloudText).toContain("Monthly cost by cloud");
      for (const [cloud, usd] of Object.entries(json.totals.byCloud)) {
        expect(cloudText).toContain(cloud);
        expect(cloudText).toContain(`$${usd.toLocaleString("en-US", { minimumFractionDigits: 2 })}`);
      }
      expect(await page.locator("#chart-cloud svg path").count()).toBeGreaterThanOrEqual(2);
      const componentText = (await page.locator("#chart-component svg text").allTextContents()).join(" ");
      expect(componentText).toContain("(no component)");
      // Every billable resource is listed, and violations when the pack found any.
      expect(await page.locator("#resources tbody tr").count()).toBe(json.resources.length);
      expect(await page.locator("#violations tbody tr").count()).toBe(json.violations.length);
    } finally {
      await context.close();
    }
  });
});
