/**
 * Hand-built HJ 212-2017 data segments for the codec's tests (after the standard's examples) and a framing helper
 * that writes `##` + length + segment + CRC + CR LF without the encoder (so encoder and decoder are tested apart).
 */
import { crc16Hex } from '../../server/hj212/crc16.ts';

/** The standard's worked example: 101 characters, CRC 1C80. */
export const WORKED_SEGMENT =
  'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
export const WORKED_FRAME = `##0101${WORKED_SEGMENT}1C80\r\n`;

/** An ambient station's hour data (ST 22, CN 2061) with all 11 codes, hour starting 2024-01-31 14:00. */
export const AMBIENT_HOUR_SEGMENT =
  'QN=20240131150012345;ST=22;CN=2061;PW=123456;MN=AQ14090001;Flag=5;CP=&&DataTime=20240131140000;' +
  'a34004-Avg=35.2,a34004-Flag=N;a34002-Avg=61,a34002-Flag=N;a21026-Avg=12,a21026-Flag=N;' +
  'a21004-Avg=28.5,a21004-Flag=N;a21005-Avg=0.8,a21005-Flag=N;a05024-Avg=40,a05024-Flag=N;' +
  'a01001-Avg=-3.4,a01001-Flag=N;a01002-Avg=45,a01002-Flag=N;a01006-Avg=91.2,a01006-Flag=N;' +
  'a01007-Avg=2.1,a01007-Flag=N;a01008-Avg=270,a01008-Flag=N&&';

/** A cement kiln stack's hour data (ST 31, CN 2061) with Avg/Min/Max/Cou/Flag. */
export const STACK_HOUR_SEGMENT =
  'QN=20240131150000001;ST=31;CN=2061;PW=654321;MN=ST14090001;Flag=5;CP=&&DataTime=20240131140000;' +
  'a34013-Avg=8.2,a34013-Min=6.1,a34013-Max=9.9,a34013-Cou=1.23,a34013-Flag=N;' +
  'a21026-Avg=30.5,a21026-Min=25,a21026-Max=33.1,a21026-Cou=4.58,a21026-Flag=N;' +
  'a21002-Avg=48,a21002-Min=40,a21002-Max=55.6,a21002-Cou=7.2,a21002-Flag=M;' +
  'a19001-Avg=10.6,a19001-Flag=N;a00000-Avg=150000,a00000-Cou=150000,a00000-Flag=N;' +
  'a01012-Avg=120.5,a01012-Flag=N;a01014-Avg=8.1,a01014-Flag=N;a01011-Avg=12.4,a01011-Flag=N;' +
  'a01013-Avg=-0.12,a01013-Flag=N&&';

/** A micro-station's real-time data (CN 2011) with Rtd. */
export const REALTIME_SEGMENT =
  'QN=20240131150101000;ST=22;CN=2011;PW=123456;MN=MS0001;Flag=4;CP=&&DataTime=20240131150100;' +
  'a34004-Rtd=33,a34004-Flag=N;a34002-Rtd=58.5,a34002-Flag=N&&';

/** A whole frame around a segment: byte length, the standard's CRC, CR LF. */
export function frame(segment: string, trailer = '\r\n'): string {
  const length = Buffer.byteLength(segment, 'utf8');
  return `##${String(length).padStart(4, '0')}${segment}${crc16Hex(segment)}${trailer}`;
}
