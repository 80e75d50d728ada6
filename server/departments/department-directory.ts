/**
 * The district's departments by their fixed ids (issue 17; 五、保障措施): the units the plan's task table names, the
 * public-security branches, and each township's government derived from the township's name. Pure: no db.
 *
 * @module
 */
import type { DepartmentKind } from '../schema/enums/department.ts';

/** A department as the directory fixes it. */
export interface DirectoryDepartment {
  id: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  townshipCode: string | null;
}

/** The departments the plan's task table names (ids fixed for every engineer), in display order. */
export const namedDepartments: readonly DirectoryDepartment[] = [
  {
    id: 'eco-env',
    name: '市生态环境局忻府分局',
    nameEn: 'Xinfu Branch, Xinzhou Ecology and Environment Bureau',
    kind: 'city-branch',
  },
  { id: 'ndrc', name: '区发改局', nameEn: 'District Development and Reform Bureau', kind: 'district' },
  { id: 'approval', name: '区行政审批局', nameEn: 'District Administrative Approval Bureau', kind: 'district' },
  { id: 'industry', name: '区工信局', nameEn: 'District Industry and Information Technology Bureau', kind: 'district' },
  { id: 'energy', name: '区能源局', nameEn: 'District Energy Bureau', kind: 'district' },
  { id: 'market', name: '区市场监管局', nameEn: 'District Market Regulation Bureau', kind: 'district' },
  { id: 'natural-resources', name: '区自然资源局', nameEn: 'District Natural Resources Bureau', kind: 'district' },
  {
    id: 'emergency-management',
    name: '区应急局',
    nameEn: 'District Emergency Management Bureau',
    kind: 'district',
  },
  { id: 'transport', name: '区交通局', nameEn: 'District Transport Bureau', kind: 'district' },
  {
    id: 'housing',
    name: '区住建局',
    nameEn: 'District Housing and Urban-Rural Development Bureau',
    kind: 'district',
  },
  { id: 'finance', name: '区财政局', nameEn: 'District Finance Bureau', kind: 'district' },
  { id: 'commerce', name: '区商务局', nameEn: 'District Commerce Bureau', kind: 'district' },
  {
    id: 'police-xinfu',
    name: '市公安局忻府分局',
    nameEn: 'Xinfu Branch, Xinzhou Public Security Bureau',
    kind: 'city-branch',
  },
  {
    id: 'police-direct',
    name: '市公安局直属分局',
    nameEn: 'Directly Affiliated Branch, Xinzhou Public Security Bureau',
    kind: 'city-branch',
  },
].map((d) => ({ ...d, kind: d.kind as DepartmentKind, townshipCode: null }));

/** The department id of a township's government. */
export const townshipDepartmentId = (townshipCode: string): string => `township-${townshipCode}`;

/** A township as the directory needs it. */
export interface DirectoryTownship {
  code: string;
  name: string;
  nameEn: string;
  kind: 'subdistrict' | 'town' | 'township';
}

/**
 * A township's government, named from the township: 秀容街道 → 秀容街道办事处, 豆罗镇 → 豆罗镇人民政府, 三交乡 →
 * 三交乡人民政府.
 *
 * @example
 * townshipGovernment({ code: '140902001', name: '秀容街道', nameEn: 'Xiurong Subdistrict', kind: 'subdistrict' }).name;
 * // '秀容街道办事处'
 */
export function townshipGovernment(township: DirectoryTownship): DirectoryDepartment {
  const subdistrict = township.kind === 'subdistrict' || township.name.endsWith('街道');
  return {
    id: townshipDepartmentId(township.code),
    name: `${township.name}${subdistrict ? '办事处' : '人民政府'}`,
    nameEn: `${township.nameEn} ${subdistrict ? 'Office' : "People's Government"}`,
    kind: 'township',
    townshipCode: township.code,
  };
}
