/**
 * The HJ 212-2017 pollutant codes the console reads, with their meaning and the unit the console takes them in.
 *
 * Sources: the domain notes (§11, [memory]), cross-checked against public HJ 212 implementations' code tables
 * (e.g. Chinese platform code lists naming a34004 细微颗粒物PM2.5, a34002 PM10, a21026 二氧化硫, a21004 二氧化氮,
 * a21005 一氧化碳, a05024 臭氧, a01001 温度, a01002 湿度, a01006 气压, a01007 风速, a01008 风向, a34013 烟尘,
 * a21002 氮氧化物, a19001 氧气含量, a00000 废气, a01011 烟气流速, a01012 烟气温度, a01013 烟气压力,
 * a01014 烟气湿度): each code below is **confirmed** in that sense (public code tables agree), not read from the
 * standard's own text. The units are what the console assumes a device sends (the standard lets a device state
 * other units for some codes; a platform configures them per device): ambient concentrations µg/m³ except CO
 * mg/m³ (as HJ 633 reports them); stack concentrations mg/m³ at actual O2 (dry, standard conditions).
 *
 * @module
 */
import type { PollutantCode } from './contract.ts';

function code(hj212: string, key: string, zh: string, en: string, unit: string): PollutantCode {
  return { code: hj212, key, name: { zh, en }, unit };
}

/** Ambient air (ST 22) codes, keyed by HJ 212 code. */
export const ambientCodes: Readonly<Record<string, PollutantCode>> = {
  a34004: code('a34004', 'pm25', '细颗粒物（PM2.5）', 'PM2.5', 'µg/m³'),
  a34002: code('a34002', 'pm10', '可吸入颗粒物（PM10）', 'PM10', 'µg/m³'),
  a21026: code('a21026', 'so2', '二氧化硫', 'SO2', 'µg/m³'),
  a21004: code('a21004', 'no2', '二氧化氮', 'NO2', 'µg/m³'),
  a21005: code('a21005', 'co', '一氧化碳', 'CO', 'mg/m³'),
  a05024: code('a05024', 'o3', '臭氧', 'O3', 'µg/m³'),
  a01001: code('a01001', 'temp', '温度', 'temperature', '℃'),
  a01002: code('a01002', 'rh', '相对湿度', 'relative humidity', '%'),
  a01006: code('a01006', 'pressure', '气压', 'pressure', 'kPa'),
  a01007: code('a01007', 'ws', '风速', 'wind speed', 'm/s'),
  a01008: code('a01008', 'wd', '风向', 'wind direction', '°'),
};

/** Waste-gas source (ST 31, stack CEMS) codes, keyed by HJ 212 code. */
export const stackCodes: Readonly<Record<string, PollutantCode>> = {
  a34013: code('a34013', 'pm', '烟尘（颗粒物）', 'particulate matter', 'mg/m³'),
  a21026: code('a21026', 'so2', '二氧化硫', 'SO2', 'mg/m³'),
  a21002: code('a21002', 'nox', '氮氧化物', 'NOx', 'mg/m³'),
  a19001: code('a19001', 'o2', '氧含量', 'O2', '%'),
  a00000: code('a00000', 'flow', '废气流量', 'flue-gas flow', 'm³/h'),
  a01012: code('a01012', 'temp', '烟气温度', 'flue-gas temperature', '℃'),
  a01014: code('a01014', 'moisture', '烟气湿度', 'flue-gas moisture', '%'),
  a01011: code('a01011', 'velocity', '烟气流速', 'flue-gas velocity', 'm/s'),
  a01013: code('a01013', 'pressure', '烟气压力', 'flue-gas pressure', 'kPa'),
};

/**
 * HJ/T 212-2005 waste-gas codes old devices still send → the 2017 codes. Confirmed against a public 2005 code table
 * (01 烟尘, 02 二氧化硫, 03 氮氧化物, B02 废气, S01 氧气含量, S02 烟气流速, S03 烟气温度, S05 烟气湿度,
 * S08 烟气压力), not the standard's own text.
 */
export const legacyCodes: Readonly<Record<string, string>> = {
  '01': 'a34013',
  '02': 'a21026',
  '03': 'a21002',
  B02: 'a00000',
  S01: 'a19001',
  S02: 'a01011',
  S03: 'a01012',
  S05: 'a01014',
  S08: 'a01013',
};
