/**
 * The exact sign of the orientation determinant of three points: +1 when c lies to the left of
 * the directed line a→b (counter-clockwise turn), −1 to the right, 0 exactly on it.
 *
 * Shewchuk's floating-point filter (error bound (3 + 16ε)ε of |detleft| + |detright|) settles
 * almost every call; the rest are computed exactly with BigInt on the doubles' exact binary
 * values. Coordinates are plain numbers (degrees here, but any unit works).
 *
 * @example
 * orient2dSign(0, 0, 1, 0, 0.5, 1e-300); // 1 (a float determinant would round to 0)
 */
export function orient2dSign(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): -1 | 0 | 1 {
  const detLeft = (ax - cx) * (by - cy);
  const detRight = (ay - cy) * (bx - cx);
  const det = detLeft - detRight;
  let detSum: number;
  if (detLeft > 0) {
    if (detRight <= 0) return sign(det);
    detSum = detLeft + detRight;
  } else if (detLeft < 0) {
    if (detRight >= 0) return sign(det);
    detSum = -detLeft - detRight;
  } else {
    return sign(det);
  }
  if (Math.abs(det) >= ERROR_BOUND * detSum) return sign(det);
  const exact =
    (exactValue(ax) - exactValue(cx)) * (exactValue(by) - exactValue(cy)) -
    (exactValue(ay) - exactValue(cy)) * (exactValue(bx) - exactValue(cx));
  return exact > 0n ? 1 : exact < 0n ? -1 : 0;
}

const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

function sign(value: number): -1 | 0 | 1 {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

const view = new DataView(new ArrayBuffer(8));

/** The double's exact value times 2^1074, as a BigInt (every finite double is an integer multiple of 2^-1074). */
function exactValue(x: number): bigint {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const exponent = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let shift = 0;
  if (exponent !== 0) {
    mantissa |= 1n << 52n;
    shift = exponent - 1;
  }
  const value = mantissa << BigInt(shift);
  return high >>> 31 ? -value : value;
}
