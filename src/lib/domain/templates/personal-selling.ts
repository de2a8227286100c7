/**
 * Personal selling (B2B sales visits) as a stage framework: attention, interest, desire,
 * action and satisfaction (docs/domain.md, the AIDA-plus-satisfaction selling process).
 * Steps are what the business buyer does; each touch point's prompt is its typical worst case.
 */
import { templateInfo } from './template-info';
import type { JourneyTemplate, StageTemplate, TouchPointTemplate } from './types';

export const personalSellingStages: StageTemplate[] = [
	{
		key: 'attention',
		name: { en: 'Attention', id: 'Perhatian' },
		risk: 'lost-sale',
		steps: [
			{
				en: 'Notice a business problem or need',
				id: 'Menyadari adanya masalah atau kebutuhan bisnis'
			},
			{
				en: 'Come across the supplier at an exhibition, in the media or through a referral',
				id: 'Mengenal pemasok di pameran, lewat media, atau dari rekomendasi'
			},
			{ en: 'Agree to a first meeting', id: 'Menyetujui pertemuan pertama' }
		]
	},
	{
		key: 'interest',
		name: { en: 'Interest', id: 'Minat' },
		risk: 'lost-sale',
		steps: [
			{
				en: 'Explain the requirements to the supplier',
				id: 'Menjelaskan kebutuhan kepada pemasok'
			},
			{
				en: 'Request product information and references',
				id: 'Meminta informasi produk dan referensi'
			},
			{ en: 'Draw up a shortlist of suppliers', id: 'Menyusun daftar pendek pemasok' }
		]
	},
	{
		key: 'desire',
		name: { en: 'Desire', id: 'Keinginan' },
		risk: 'lost-sale',
		steps: [
			{ en: 'Review a tailored proposal', id: 'Meninjau proposal yang disesuaikan' },
			{
				en: 'Involve the decision makers and the users',
				id: 'Melibatkan para pengambil keputusan dan pengguna'
			},
			{ en: 'Negotiate price and terms', id: 'Menegosiasikan harga dan persyaratan' }
		]
	},
	{
		key: 'action',
		name: { en: 'Action', id: 'Tindakan' },
		risk: 'lost-sale',
		steps: [
			{ en: 'See the product demonstrated', id: 'Menyaksikan demonstrasi produk' },
			{ en: 'Approve the purchase internally', id: 'Menyetujui pembelian secara internal' },
			{
				en: 'Sign the contract or purchase order',
				id: 'Menandatangani kontrak atau pesanan pembelian'
			}
		]
	},
	{
		key: 'satisfaction',
		name: { en: 'Satisfaction', id: 'Kepuasan' },
		risk: 'lost-repurchase',
		steps: [
			{
				en: 'Receive the solution and start using it',
				id: 'Menerima solusi dan mulai menggunakannya'
			},
			{
				en: 'Judge the results against expectations',
				id: 'Menilai hasilnya dibandingkan dengan harapan'
			},
			{
				en: 'Reorder, expand or recommend the supplier',
				id: 'Memesan ulang, memperluas pembelian, atau merekomendasikan pemasok'
			}
		]
	}
];

const accountManagement = { en: 'Account management', id: 'Manajemen akun' };
const solutionArchitecture = { en: 'Solution architecture', id: 'Arsitektur solusi' };
const marketingCommunication = { en: 'Marketing communication', id: 'Komunikasi pemasaran' };

export const personalSellingTouchPoints: TouchPointTemplate[] = [
	// Attention
	{
		key: 'trade-exhibition',
		stage: 'attention',
		name: { en: 'Trade exhibition', id: 'Pameran dagang' },
		prompt: {
			en: 'Buyers walk past the booth without learning which problem the company solves for them.',
			id: 'Calon pembeli melewati stan tanpa tahu masalah apa yang bisa diselesaikan perusahaan bagi mereka.'
		},
		channel: 'exhibition',
		ownerTeam: marketingCommunication,
		mode: 'proactive'
	},
	{
		key: 'trade-press-ad',
		stage: 'attention',
		name: { en: 'Trade-press advertising', id: 'Iklan di media industri' },
		prompt: {
			en: 'The advertisement reaches people who have no say in the purchase.',
			id: 'Iklan sampai ke orang-orang yang tidak berperan dalam keputusan pembelian.'
		},
		channel: 'print-ad',
		ownerTeam: marketingCommunication,
		mode: 'proactive'
	},
	{
		key: 'introductory-email',
		stage: 'attention',
		name: { en: 'Introductory email', id: 'Email perkenalan' },
		prompt: {
			en: 'The first email is so generic that the buyer deletes it as spam.',
			id: 'Email pertama begitu umum sehingga pembeli menghapusnya sebagai spam.'
		},
		channel: 'email',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	// Interest
	{
		key: 'first-sales-visit',
		stage: 'interest',
		name: { en: 'First sales visit', id: 'Kunjungan penjualan pertama' },
		prompt: {
			en: 'The salesperson presents the product before understanding the buyer’s problem.',
			id: 'Tenaga penjual langsung mempresentasikan produk sebelum memahami masalah pembeli.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	{
		key: 'information-request',
		stage: 'interest',
		name: { en: 'Information request', id: 'Permintaan informasi' },
		prompt: {
			en: 'The brochures and the website lack the specifications and references the buyer needs.',
			id: 'Brosur dan situs web tidak memuat spesifikasi dan referensi yang dibutuhkan pembeli.'
		},
		channel: 'website',
		ownerTeam: marketingCommunication,
		mode: 'reactive'
	},
	// Desire
	{
		key: 'requirements-workshop',
		stage: 'desire',
		name: { en: 'Requirements workshop', id: 'Lokakarya kebutuhan' },
		prompt: {
			en: 'The proposed solution does not fit because the requirements were misunderstood.',
			id: 'Solusi yang diusulkan tidak cocok karena kebutuhan pembeli disalahpahami.'
		},
		channel: 'sales-visit',
		ownerTeam: solutionArchitecture,
		mode: 'proactive'
	},
	{
		key: 'proposal',
		stage: 'desire',
		name: { en: 'Proposal and quotation', id: 'Proposal dan penawaran harga' },
		prompt: {
			en: 'The proposal arrives late, is hard to compare and hides some of the costs.',
			id: 'Proposal datang terlambat, sulit dibandingkan, dan menyembunyikan sebagian biaya.'
		},
		channel: 'email',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	{
		key: 'reference-visit',
		stage: 'desire',
		name: { en: 'Reference customer visit', id: 'Kunjungan ke pelanggan referensi' },
		prompt: {
			en: 'No comparable customer is willing to vouch for the supplier.',
			id: 'Tidak ada pelanggan sejenis yang bersedia memberikan testimoni tentang pemasok.'
		},
		channel: 'other',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	// Action
	{
		key: 'product-demonstration',
		stage: 'action',
		name: { en: 'Product demonstration', id: 'Demonstrasi produk' },
		prompt: {
			en: 'The demonstration fails or does not show the buyer’s own use case.',
			id: 'Demonstrasi gagal atau tidak memperlihatkan kasus penggunaan pembeli sendiri.'
		},
		channel: 'sales-visit',
		ownerTeam: solutionArchitecture,
		mode: 'proactive'
	},
	{
		key: 'contract-negotiation',
		stage: 'action',
		name: { en: 'Negotiation and contract', id: 'Negosiasi dan kontrak' },
		prompt: {
			en: 'The negotiation drags on and the terms change at the last minute.',
			id: 'Negosiasi berlarut-larut dan persyaratannya berubah pada menit terakhir.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	{
		key: 'order-confirmation',
		stage: 'action',
		name: { en: 'Order confirmation', id: 'Konfirmasi pesanan' },
		prompt: {
			en: 'The order confirmation shows the wrong items, prices or delivery dates.',
			id: 'Konfirmasi pesanan mencantumkan barang, harga, atau tanggal pengiriman yang salah.'
		},
		channel: 'email',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	// Satisfaction
	{
		key: 'delivery-handover',
		stage: 'satisfaction',
		name: { en: 'Delivery and handover', id: 'Pengiriman dan serah terima' },
		prompt: {
			en: 'What is delivered differs from what was promised during the sale.',
			id: 'Yang dikirimkan berbeda dari yang dijanjikan saat penjualan.'
		},
		channel: 'delivery-team',
		ownerTeam: solutionArchitecture,
		mode: 'proactive'
	},
	{
		key: 'support-hotline',
		stage: 'satisfaction',
		name: { en: 'Support hotline', id: 'Hotline dukungan' },
		prompt: {
			en: 'When something goes wrong nobody answers, and the salesperson cannot be reached.',
			id: 'Saat terjadi masalah tidak ada yang menjawab, dan tenaga penjual tidak bisa dihubungi.'
		},
		channel: 'phone-hotline',
		ownerTeam: { en: 'Support', id: 'Dukungan teknis' },
		mode: 'reactive'
	},
	{
		key: 'follow-up-visit',
		stage: 'satisfaction',
		name: { en: 'Follow-up visit', id: 'Kunjungan tindak lanjut' },
		prompt: {
			en: 'The salesperson only comes back when the next sale is due.',
			id: 'Tenaga penjual baru datang lagi ketika ada penjualan berikutnya.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	}
];

/** The selling process as a framework: stages, steps and prompted touch points, nothing filled in. */
export const personalSellingTemplate: JourneyTemplate = {
	...templateInfo('personal-selling'),
	stages: personalSellingStages,
	touchPoints: personalSellingTouchPoints,
	segments: [],
	frustrations: []
};
