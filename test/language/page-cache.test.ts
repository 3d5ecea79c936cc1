import { describe, expect, it } from "vitest";
import { endPage, PageCache, startPage } from "../../src/language/page-cache.js";

describe("PageCache", () => {
  it("keeps entries within a page", () => {
    startPage();
    const cache = new PageCache<string, number>(10);
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBeUndefined();
  });

  it("forgets every entry when a new page starts, so no page's strings outlive it", () => {
    startPage();
    const cache = new PageCache<string, number>(10);
    cache.set("a", 1);
    startPage();
    expect(cache.get("a")).toBeUndefined();
    cache.set("b", 2);
    expect(cache.get("b")).toBe(2);
  });

  it("empties itself when full", () => {
    startPage();
    const cache = new PageCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("c")).toBe(3);
  });
});

describe("endPage", () => {
  it("empties every PageCache, so nothing of a finished page stays reachable from module-level state", () => {
    startPage();
    const a = new PageCache<string, number>(10);
    const b = new PageCache<readonly string[], string>(10);
    const list = ["x"];
    a.set("a", 1);
    b.set(list, "y");
    endPage();
    expect(a.get("a")).toBeUndefined();
    expect(b.get(list)).toBeUndefined();
  });

  it("keeps working after it empties a cache", () => {
    startPage();
    const cache = new PageCache<string, number>(10);
    cache.set("a", 1);
    endPage();
    cache.set("b", 2);
    expect(cache.get("b")).toBe(2);
  });
});
