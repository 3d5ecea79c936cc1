import { describe, expect, it } from "vitest";
import { ListCache, sameNames } from "../../src/language/list-cache.js";

describe("ListCache", () => {
  it("derives once per list, and again when the list changed in place", () => {
    let calls = 0;
    const cache = new ListCache((list) => {
      calls++;
      return list.map((n) => n.toLowerCase());
    });
    const names = ["BBC", "BBC News"];
    expect(cache.get(names)).toEqual(["bbc", "bbc news"]);
    expect(cache.get(names)).toEqual(["bbc", "bbc news"]);
    expect(calls).toBe(1);
    names.push("Al Jazeera");
    expect(cache.get(names)).toEqual(["bbc", "bbc news", "al jazeera"]);
    names[0] = "Reuters";
    expect(cache.get(names)).toEqual(["reuters", "bbc news", "al jazeera"]);
    expect(calls).toBe(3);
    expect(cache.get(["BBC", "BBC News"])).toEqual(["bbc", "bbc news"]);
    expect(calls).toBe(4);
  });

  it("compares names one by one", () => {
    expect(sameNames(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameNames(["a", "b"], ["a"])).toBe(false);
    expect(sameNames(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameNames([], [])).toBe(true);
  });
});
