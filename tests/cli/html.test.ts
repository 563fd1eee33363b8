import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, factx } from "../helpers.js";

const PAGE = `<!doctype html><html><head><title>Troops arrive</title>
<meta property="article:published_time" content="2024-10-18T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> Menu 2019 items</nav>
<article><h1>Troops arrive</h1>
<p>Officials said on Thursday that 1,500 soldiers had arrived in the region, and more would follow within weeks, according to people familiar with the plans.</p>
<p>The defence ministry said the deployment would be reviewed next month, after talks between the two governments, which have been close allies for many years.</p>
<p>Prices rose 5% in the capital as a result, traders said, citing the uncertainty that the arrival had caused among investors and residents alike.</p>
</article><footer>Copyright 1999 Example News</footer></body></html>`;

/** Runs the CLI without blocking the event loop, so the test's HTTP server can answer it. */
function factxAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function checkArticle(facts: { text: string; date: string; dateSource: string; dates: Array<{ text: string; value: string; start: number; end: number }>; quantities: Array<{ value: number }> }) {
  expect(facts.date).toBe("2024-10-18");
  expect(facts.text).toMatch(/^(Troops arrive\n\n)?Officials said on Thursday/);
  expect(facts.text).toMatch(/the plans\.\n\nThe defence ministry/);
  expect(facts.text).not.toMatch(/Menu|Copyright/);
  const thursday = facts.dates.find((d) => d.text === "Thursday")!;
  expect(thursday.value).toBe("2024-10-17");
  expect(facts.text.slice(thursday.start, thursday.end)).toBe("Thursday");
  expect(facts.quantities.map((q) => q.value)).toContain(1500);
}

describe("HTML articles", () => {
  it("reads a saved page with Readability: article text, its published date, offsets into the extracted text", () => {
    const dir = mkdtempSync(join(tmpdir(), "factx-html-"));
    writeFileSync(join(dir, "page.html"), PAGE);
    const r = factx(["--format", "json", join(dir, "page.html")]);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    checkArticle(facts);
    expect(facts.source).toMatchObject({ format: "html", title: "Troops arrive", published: "2024-10-18" });
  });
});

describe("URLs", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/story") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      else if (req.url === "/plain") res.writeHead(200, { "content-type": "text/plain" }).end("Sales fell 3% on Monday.");
      else res.writeHead(404).end("not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches an article page and reads it like a saved one", async () => {
    const r = await factxAsync(["--format", "json", `${base}/story`]);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    checkArticle(facts);
    expect(facts.source.url).toBe(`${base}/story`);
  });

  it("reports an HTTP error in one line naming the URL, and goes on with the other inputs", async () => {
    const r = await factxAsync(["--format", "ndjson", `${base}/missing`, `${base}/plain`]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`factx: ${base}/missing: HTTP 404 Not Found`);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0].error.code).toBe("http-error");
    expect(lines[1].quantities[0].value).toBe(3);
  });

  it("says clearly when nothing answers", async () => {
    // a port that was free a moment ago: nothing listens there
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/nothing`;
    const r = await factxAsync(["--format", "json", url]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`factx: ${url}: could not fetch (ECONNREFUSED)`);
  });
});
