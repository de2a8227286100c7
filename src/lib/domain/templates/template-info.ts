/**
 * Each template's name and description, as the picker shows them and as each template
 * carries them. Apart from catalog.ts, which loads the templates: the templates read this
 * file, and the catalog reads them, so neither imports the other.
 */
import type { Localized } from '../locale';

export interface TemplateInfo {
	id: string;
	name: Localized;
	description: Localized;
}

/** In the order the picker shows them. */
export const templateCatalog = [
	{
		id: 'blank',
		name: { en: 'Blank', id: 'Kosong' },
		description: {
			en: 'An empty map where you add your own stages, touch points, segments and frustrations.',
			id: 'Peta kosong tempat Anda menambahkan sendiri tahap, titik sentuh, segmen, dan frustrasi.'
		}
	},
	{
		id: 'order-cycle',
		name: { en: 'Order cycle (three stages)', id: 'Siklus pesanan (tiga tahap)' },
		description: {
			en: 'Purchase, usage and replacement with the twelve order-cycle touch points.',
			id: 'Pembelian, penggunaan, dan penggantian dengan dua belas titik sentuh siklus pesanan.'
		}
	},
	{
		id: 'personal-selling',
		name: { en: 'Personal selling (B2B)', id: 'Penjualan personal (B2B)' },
		description: {
			en: 'Attention, interest, desire, action and satisfaction, the stages of a B2B sale made through sales visits.',
			id: 'Perhatian, minat, keinginan, tindakan, dan kepuasan, yaitu tahap-tahap penjualan B2B melalui kunjungan penjualan.'
		}
	},
	{
		id: 'innovation-adoption',
		name: { en: 'Innovation adoption', id: 'Adopsi inovasi' },
		description: {
			en: 'Knowledge, persuasion, decision, implementation and confirmation, the stages a customer goes through when adopting a new technology.',
			id: 'Pengetahuan, persuasi, keputusan, implementasi, dan konfirmasi, yaitu tahap-tahap yang dilalui pelanggan saat mengadopsi teknologi baru.'
		}
	},
	{
		id: 'airline',
		name: { en: 'Full-service airline', id: 'Maskapai layanan penuh' },
		description: {
			en: 'A full-service airline serving business travellers, leisure travellers and tour groups, each with its own marketing mix. Frustrations come from feedback cards, complaint letters and mystery-shopper flights.',
			id: 'Maskapai layanan penuh yang melayani pelancong bisnis, wisatawan perorangan, dan rombongan tur, masing-masing dengan bauran pemasarannya sendiri. Frustrasi pelanggan dihimpun dari kartu umpan balik, surat keluhan, dan penerbangan mystery shopper.'
		}
	},
	{
		id: 'mattress-maker',
		name: { en: 'Spring-bed mattress maker (B2B)', id: 'Produsen kasur spring bed (B2B)' },
		description: {
			en: 'A spring-bed mattress maker selling through furniture-store dealers, hotels and regional distributors, with monthly sales targets, co-funded advertising and rewards for dealers who beat their targets. Frustrations come from dealer complaints, area supervisors’ visit reports and mystery-shopper store visits.',
			id: 'Produsen kasur spring bed yang menjual melalui dealer toko mebel, hotel, dan distributor daerah, dengan target penjualan bulanan, iklan yang dibiayai bersama, dan hadiah bagi dealer yang melampaui target. Frustrasi pelanggan dihimpun dari keluhan dealer, laporan kunjungan supervisor wilayah, dan kunjungan mystery shopper ke toko.'
		}
	},
	{
		id: 'it-integrator',
		name: { en: 'IT infrastructure integrator (B2B)', id: 'Integrator infrastruktur TI (B2B)' },
		description: {
			en: 'An IT infrastructure integrator selling to large enterprises, government and state-owned enterprises, and mid-size companies through personal selling, with demos before the decision and accompanied implementation after it. Frustrations come from lost-deal interviews, project escalations and service-desk records.',
			id: 'Integrator infrastruktur TI yang menjual kepada perusahaan besar, instansi pemerintah dan BUMN, serta perusahaan menengah melalui penjualan personal, dengan demo sebelum keputusan dan implementasi yang didampingi sesudahnya. Frustrasi pelanggan dihimpun dari wawancara setelah kehilangan peluang penjualan, eskalasi proyek, dan catatan service desk.'
		}
	}
] as const satisfies readonly TemplateInfo[];

export type TemplateId = (typeof templateCatalog)[number]['id'];

export function templateInfo(id: TemplateId): TemplateInfo {
	return templateCatalog.find((t) => t.id === id)!;
}
