import { expect } from '@open-wc/testing';
import { linear } from '../../src/internal/scale.js';

describe('linear', () => {
  it('maps a domain onto a range, ends to ends', () => {
    const radius = linear([1, 5], [0, 120]);
    expect(radius(1)).to.equal(0);
    expect(radius(5)).to.equal(120);
    expect(radius(2.6)).to.be.closeTo(48, 1e-9);
  });

  it('maps onto a reversed or negative range and extrapolates unless clamped', () => {
    const angle = linear([0, 10], [-90, 90]);
    expect(angle(5)).to.equal(0);
    expect(angle(12)).to.be.closeTo(126, 1e-9);
    const clamped = linear([0, 10], [-90, 90], true);
    expect(clamped(12)).to.equal(90);
    expect(clamped(-3)).to.equal(-90);
    expect(linear([0, 1], [10, 0])(0.25)).to.equal(7.5);
  });

  it('maps a one-point domain to the middle of the range, like d3', () => {
    expect(linear([3, 3], [0, 100])(3)).to.equal(50);
  });
});
