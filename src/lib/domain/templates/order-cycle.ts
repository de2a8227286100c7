/**
 * The total customer experience in three stages and the twelve order-cycle touch points
 * (docs/domain.md, after R. J. Best, Market-Based Management, pp. 140 and 146).
 * Other templates start from these and add their own detail.
 */
import type { StageTemplate, TouchPointTemplate } from './types';

export const threeStages: StageTemplate[] = [
	{
		key: 'purchase',
		name: { en: 'Purchase', id: 'Pembelian' },
		risk: 'lost-sale',
		steps: [
			{ en: 'Gather information', id: 'Mengumpulkan informasi' },
			{ en: 'Prioritise needs', id: 'Menentukan prioritas kebutuhan' },
			{ en: 'Evaluate alternatives', id: 'Mengevaluasi alternatif' },
			{ en: 'Place order and pay', id: 'Memesan dan membayar' }
		]
	},
	{
		key: 'usage',
		name: { en: 'Usage', id: 'Penggunaan' },
		risk: 'lost-repurchase',
		steps: [
			{ en: 'Delivery and installation', id: 'Pengiriman dan instalasi' },
			{ en: 'Use the product', id: 'Menggunakan produk' },
			{ en: 'Maintain it', id: 'Merawat produk' },
			{ en: 'Repair it', id: 'Memperbaiki produk' }
		]
	},
	{
		key: 'replacement',
		name: { en: 'Replacement', id: 'Penggantian' },
		risk: 'lost-repurchase',
		steps: [
			{ en: 'Upgrade', id: 'Meningkatkan (upgrade)' },
			{ en: 'Returns and warranty', id: 'Pengembalian dan garansi' },
			{ en: 'Replace the product', id: 'Mengganti produk' },
			{ en: 'Dispose of it', id: 'Membuang produk' }
		]
	}
];

export const orderCycleTouchPoints: TouchPointTemplate[] = [
	{
		key: 'order-planning',
		stage: 'purchase',
		name: { en: 'Order planning', id: 'Perencanaan pesanan' },
		prompt: {
			en: 'Customers do not see that the business has a relevant solution.',
			id: 'Pelanggan tidak melihat bahwa perusahaan memiliki solusi yang relevan.'
		},
		mode: 'proactive'
	},
	{
		key: 'order-development',
		stage: 'purchase',
		name: { en: 'Order development', id: 'Pengembangan pesanan' },
		prompt: {
			en: 'Information needed for the evaluation is incomplete.',
			id: 'Informasi yang dibutuhkan untuk evaluasi tidak lengkap.'
		},
		mode: 'proactive'
	},
	{
		key: 'order-evaluation',
		stage: 'purchase',
		name: { en: 'Order evaluation', id: 'Evaluasi pesanan' },
		prompt: {
			en: 'Evaluating the offer is hard or frustrating.',
			id: 'Mengevaluasi penawaran sulit atau membuat frustrasi.'
		},
		mode: 'proactive'
	},
	{
		key: 'order-placement',
		stage: 'purchase',
		name: { en: 'Order placement', id: 'Penempatan pesanan' },
		prompt: { en: 'Placing the order is difficult.', id: 'Melakukan pemesanan sulit.' },
		mode: 'proactive'
	},
	{
		key: 'order-entry',
		stage: 'purchase',
		name: { en: 'Order entry', id: 'Pencatatan pesanan' },
		prompt: {
			en: 'The order is recorded with wrong items or prices.',
			id: 'Pesanan dicatat dengan barang atau harga yang salah.'
		},
		mode: 'proactive'
	},
	{
		key: 'order-processing',
		stage: 'purchase',
		name: { en: 'Order processing', id: 'Pemrosesan pesanan' },
		prompt: {
			en: 'The order is in process but the customer cannot see its status or delivery date.',
			id: 'Pesanan sedang diproses tetapi pelanggan tidak dapat melihat status atau tanggal pengirimannya.'
		},
		mode: 'proactive'
	},
	{
		key: 'order-delivery',
		stage: 'usage',
		name: { en: 'Order delivery', id: 'Pengiriman pesanan' },
		prompt: {
			en: 'The product arrives late, damaged or wrong.',
			id: 'Produk datang terlambat, rusak, atau salah.'
		}
	},
	{
		key: 'customer-invoice',
		stage: 'usage',
		name: { en: 'Customer invoice', id: 'Faktur pelanggan' },
		prompt: {
			en: 'The bill is wrong and nobody can be contacted.',
			id: 'Tagihan salah dan tidak ada yang bisa dihubungi.'
		}
	},
	{
		key: 'after-sale-service',
		stage: 'usage',
		name: { en: 'After-sale service', id: 'Layanan purnajual' },
		prompt: {
			en: 'After-sale problems: nobody to call, no response.',
			id: 'Masalah purnajual: tidak ada yang bisa dihubungi, tidak ada tanggapan.'
		}
	},
	{
		key: 'product-use',
		stage: 'usage',
		name: { en: 'Product use', id: 'Penggunaan produk' },
		prompt: {
			en: 'Instructions are incomplete; no hotline.',
			id: 'Petunjuk penggunaan tidak lengkap; tidak ada layanan hotline.'
		}
	},
	{
		key: 'product-problem',
		stage: 'usage',
		name: { en: 'Product problem', id: 'Masalah produk' },
		prompt: {
			en: 'The product fails and must be returned at the customer’s expense.',
			id: 'Produk rusak dan harus dikembalikan atas biaya pelanggan.'
		}
	},
	{
		key: 'returns-and-claims',
		stage: 'replacement',
		name: { en: 'Returns and claims', id: 'Pengembalian dan klaim' },
		prompt: {
			en: 'The customer must fight to get a warranty claim settled.',
			id: 'Pelanggan harus berjuang agar klaim garansinya diselesaikan.'
		}
	}
];
