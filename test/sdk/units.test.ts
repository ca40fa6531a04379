import { describe, expect, it } from "vitest";
import { ValidationError } from "../../sdk/errors";
import { validateComputeUnit } from "../../sdk/units/compute";
import { validateNetworkUnit } from "../../sdk/units/network";
import { validateStorageUnit } from "../../sdk/units/storage";

function issuesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path}|${i.expected}`);
  }
  throw new Error("expected a ValidationError");
}

describe("ComputeUnit", () => {
  it("fills defaults", () => {
    expect(validateComputeUnit({ vcpus: 2, memoryGiB: 4 })).toEqual({
      vcpus: 2,
      memoryGiB: 4,
      arch: "x86_64",
      diskGiB: 20,
      diskClass: "standard",
      image: "ubuntu-24.04",
    });
  });

  it("names the field, the bad value and what is valid", () => {
    expect(() => validateComputeUnit({ vcpus: 2, memoryGiB: -2 })).toThrow(
      "unit.memoryGiB: -2 is not valid; use a number greater than 0",
    );
  });

  it("reports every problem at once", () => {
    const issues = issuesOf(() =>
      validateComputeUnit({
        vcpus: 0,
        memoryGiB: "4",
        arch: "arm",
        image: "ubuntu-20.04",
        gpu: { count: 0, model: "X1" },
      }),
    );
    expect(issues.map((i) => i.split("|")[0])).toEqual([
      "unit.vcpus",
      "unit.memoryGiB",
      "unit.arch",
      "unit.image",
      "unit.gpu.count",
      "unit.gpu.model",
    ]);
    expect(issues[2]).toContain('did you mean "arm64"?');
  });

  it("rejects unknown keys with a did-you-mean", () => {
    expect(() => validateComputeUnit({ vcpus: 2, memoryGiB: 4, memGiB: 8 })).toThrow(
      'unit.memGiB: is not a known field; did you mean "memoryGiB"?',
    );
    expect(() => validateComputeUnit({ vcpus: 2, memoryGiB: 4, zzzzzzzz: 1 })).toThrow("known fields: vcpus");
  });

  it("rejects non-objects and GPU on arm64", () => {
    expect(() => validateComputeUnit(null)).toThrow("unit: null is not valid");
    expect(() => validateComputeUnit({ vcpus: 4, memoryGiB: 16, arch: "arm64", gpu: { count: 1 } })).toThrow(
      "unit.arch",
    );
  });

  it("uses the given path prefix", () => {
    expect(() => validateComputeUnit({ vcpus: -1, memoryGiB: 1 }, "args.unit")).toThrow("args.unit.vcpus");
  });
});

describe("StorageUnit and NetworkUnit", () => {
  it("validates storage", () => {
    expect(validateStorageUnit({ expectedGb: 100 })).toEqual({ expectedGb: 100, class: "hot" });
    expect(() => validateStorageUnit({ expectedGb: -1, class: "cold" })).toThrow(
      /storage.expectedGb[\s\S]*storage.class/,
    );
  });

  it("validates network", () => {
    expect(validateNetworkUnit({ egressGbPerMonth: 5 })).toEqual({ egressGbPerMonth: 5 });
    expect(() => validateNetworkUnit({ egress: 5 })).toThrow(
      /network.egress: is not a known field; did you mean "egressGbPerMonth"/,
    );
  });
});
