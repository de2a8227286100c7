/**
 * Example journey: a spring-bed mattress maker selling through furniture stores (docs/domain.md).
 * Stages and the twelve order-cycle touch points come from `order-cycle.ts`; this file adds the
 * maker's channels, owners, emotion curves, its B2B segments (dealers, hotels, regional
 * distributors) with their marketing mixes, and frustrations found through dealer complaints,
 * area supervisors' visit reports and mystery-shopper store visits.
 */
import { templateInfo } from './template-info';
import { orderCycleTouchPoints, threeStages } from './order-cycle';
import type {
	FrustrationTemplate,
	JourneyTemplate,
	SegmentTemplate,
	TouchPointTemplate
} from './types';

const allSegments = ['dealers', 'hotels', 'distributors'];

const dealerDevelopment = {
	en: 'Sales (dealer development)',
	id: 'Penjualan (pengembangan dealer)'
};
const marketingCommunication = { en: 'Marketing communication', id: 'Komunikasi pemasaran' };
const salesAdministration = { en: 'Sales administration', id: 'Administrasi penjualan' };
const productionPlanning = { en: 'Production planning', id: 'Perencanaan produksi (PPIC)' };
const delivery = { en: 'Delivery', id: 'Pengiriman' };
const finance = { en: 'Finance (billing)', id: 'Keuangan (penagihan)' };
const customerService = { en: 'Customer service', id: 'Layanan pelanggan' };
const salesTraining = { en: 'Sales training', id: 'Pelatihan penjualan' };
const qualityAssurance = { en: 'Quality assurance', id: 'Penjaminan mutu' };
const warrantyClaims = {
	en: 'Customer service (warranty claims)',
	id: 'Layanan pelanggan (klaim garansi)'
};

/** What the maker adds to each order-cycle touch point, by touch-point key. */
type MakerDetail = Required<
	Pick<
		TouchPointTemplate,
		'channel' | 'ownerTeam' | 'mode' | 'public' | 'notes' | 'segments' | 'emotions'
	>
>;

const makerDetails: Record<string, MakerDetail> = {
	'order-planning': {
		channel: 'sales-visit',
		ownerTeam: dealerDevelopment,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Area sales supervisors visit every store each month to agree the monthly sales target and the promotions; hotels are approached before openings and renovations.',
			id: 'Supervisor penjualan wilayah mengunjungi setiap toko tiap bulan untuk menyepakati target penjualan bulanan dan program promosi; hotel didekati menjelang pembukaan atau renovasi.'
		},
		segments: allSegments,
		emotions: { dealers: 0, hotels: 0, distributors: 1 }
	},
	'order-development': {
		channel: 'print-ad',
		ownerTeam: marketingCommunication,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The maker supplies catalogues, price lists, banners and brochures, and pays for dealers’ local newspaper advertising and furniture exhibitions.',
			id: 'Produsen menyediakan katalog, daftar harga, spanduk, dan brosur, serta menanggung biaya iklan dealer di koran lokal dan pameran mebel.'
		},
		segments: allSegments,
		emotions: { dealers: -1, hotels: -1, distributors: 0 }
	},
	'order-evaluation': {
		channel: 'exhibition',
		ownerTeam: { en: 'Sales', id: 'Penjualan' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'At furniture fairs and in the factory showroom dealers and hotel purchasers try the sample mattresses, compare spring systems and negotiate prices.',
			id: 'Di pameran mebel dan ruang pamer pabrik, dealer dan bagian pembelian hotel mencoba kasur contoh, membandingkan sistem pegas, dan menegosiasikan harga.'
		},
		segments: allSegments,
		emotions: { dealers: 1, hotels: 0, distributors: 1 }
	},
	'order-placement': {
		channel: 'customer-portal',
		ownerTeam: salesAdministration,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Dealers and distributors order through their area supervisor or the dealer portal; hotels send a purchase order after a tender.',
			id: 'Dealer dan distributor memesan melalui supervisor wilayahnya atau portal dealer, sedangkan hotel mengirim pesanan pembelian (PO) setelah tender.'
		},
		segments: allSegments,
		emotions: { dealers: -1, hotels: 0, distributors: -1 }
	},
	'order-entry': {
		channel: 'email',
		ownerTeam: salesAdministration,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The order confirmation lists models, sizes, fabric colours and the net price after the dealer’s discount tier and the running promotion.',
			id: 'Konfirmasi pesanan mencantumkan model, ukuran, warna kain, dan harga bersih setelah potongan sesuai jenjang dealer dan promosi yang sedang berjalan.'
		},
		segments: allSegments,
		emotions: { dealers: -1, hotels: 0, distributors: 0 }
	},
	'order-processing': {
		channel: 'phone-hotline',
		ownerTeam: productionPlanning,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Standard sizes ship from stock; custom sizes and hotel orders are made to order in two to four weeks, and dealers phone to ask about progress.',
			id: 'Ukuran standar dikirim dari stok, sedangkan ukuran khusus dan pesanan hotel dibuat sesuai pesanan dalam dua sampai empat minggu, dan dealer menelepon untuk menanyakan perkembangannya.'
		},
		segments: allSegments,
		emotions: { dealers: -2, hotels: -1, distributors: -1 }
	},
	'order-delivery': {
		channel: 'delivery-team',
		ownerTeam: delivery,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The maker’s trucks deliver to stores and warehouses; the delivery team sets up the displays in stores and installs the beds room by room in hotels.',
			id: 'Truk milik produsen mengirim ke toko dan gudang; tim pengiriman menata display di toko dan memasang tempat tidur kamar demi kamar di hotel.'
		},
		segments: allSegments,
		emotions: { dealers: 0, hotels: -1, distributors: 1 }
	},
	'customer-invoice': {
		channel: 'email',
		ownerTeam: finance,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Invoices carry 30- to 60-day terms; rebates and the rewards for beating the monthly target are settled as credit notes each quarter.',
			id: 'Faktur diberi jangka pembayaran 30 sampai 60 hari; rabat dan hadiah atas pencapaian di atas target bulanan diselesaikan dalam bentuk nota kredit setiap triwulan.'
		},
		segments: allSegments,
		emotions: { dealers: -2, hotels: 0, distributors: -1 }
	},
	'after-sale-service': {
		channel: 'phone-hotline',
		ownerTeam: customerService,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'The customer-service line and the area supervisor answer dealers’ questions about promotions, display stock and end-customer complaints; each hotel has a named key-account contact.',
			id: 'Saluran layanan pelanggan dan supervisor wilayah menjawab pertanyaan dealer tentang promosi, stok display, dan keluhan konsumen akhir; setiap hotel punya satu kontak khusus dari tim akun utama.'
		},
		segments: allSegments,
		emotions: { dealers: 0, hotels: 1, distributors: 0 }
	},
	'product-use': {
		channel: 'store-staff',
		ownerTeam: salesTraining,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'In the store, sales staff trained by the maker explain firmness, spring systems and care to shoppers; hotels judge the mattress by guest reviews and housekeeping reports.',
			id: 'Di toko, pramuniaga yang dilatih produsen menjelaskan tingkat kekerasan, sistem pegas, dan cara perawatan kepada pembeli; hotel menilai kasur dari ulasan tamu dan laporan bagian tata graha.'
		},
		segments: allSegments,
		emotions: { dealers: 1, hotels: 2, distributors: 1 }
	},
	'product-problem': {
		channel: 'delivery-team',
		ownerTeam: qualityAssurance,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Sagging, broken or squeaking springs and torn fabric; a technician inspects the mattress at the store, the customer’s home or the hotel.',
			id: 'Kasur melesak, pegas patah atau berderit, dan kain sobek; teknisi memeriksa kasur di toko, di rumah konsumen, atau di hotel.'
		},
		segments: allSegments,
		emotions: { dealers: -1, hotels: -2, distributors: -1 }
	},
	'returns-and-claims': {
		channel: 'customer-portal',
		ownerTeam: warrantyClaims,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'The springs carry a ten-year warranty; dealers file claims on behalf of end customers, and old display units are exchanged when a new collection arrives.',
			id: 'Pegas kasur bergaransi sepuluh tahun; dealer mengajukan klaim atas nama konsumen akhir, dan unit display lama ditukar saat koleksi baru datang.'
		},
		segments: allSegments,
		emotions: { dealers: -2, hotels: -1, distributors: -2 }
	}
};

const segments: SegmentTemplate[] = [
	{
		key: 'dealers',
		name: { en: 'Furniture-store dealers', id: 'Dealer toko mebel' },
		kind: 'B2B',
		needs: {
			en: 'Fast-selling models with a good margin, reliable stock deliveries, and help to sell: advertising, displays, trained staff and rewards for beating the monthly target.',
			id: 'Model yang cepat laku dengan margin yang baik, pengiriman stok yang andal, dan dukungan untuk menjual: iklan, display, pramuniaga terlatih, serta hadiah bila melampaui target bulanan.'
		},
		size: { en: 'About 350 stores, 65% of revenue', id: 'Sekitar 350 toko, 65% pendapatan' },
		marketingMix: {
			product: {
				text: {
					en: 'The full range of spring-bed mattresses and divans in several comfort levels, with display units, banners and brochures.',
					id: 'Rangkaian lengkap kasur spring bed dan divan dalam beberapa tingkat kenyamanan, lengkap dengan unit display, spanduk, dan brosur.'
				},
				emphasis: 4
			},
			price: {
				text: {
					en: 'A dealer price list with tiered discounts, and special prices and incentive trips for dealers who beat their monthly target.',
					id: 'Daftar harga dealer dengan potongan berjenjang, serta harga khusus dan perjalanan insentif bagi dealer yang melampaui target bulanan.'
				},
				emphasis: 4
			},
			promotion: {
				text: {
					en: 'The maker pays for dealers’ local advertising and exhibitions, supplies banners and brochures, and trains the store sales staff.',
					id: 'Produsen membiayai iklan lokal dan pameran dealer, menyediakan spanduk dan brosur, serta melatih pramuniaga toko.'
				},
				emphasis: 5
			},
			place: {
				text: {
					en: 'Delivered to the store by the maker’s own trucks, with the displays set up by the delivery team.',
					id: 'Dikirim ke toko dengan truk milik produsen, dan display ditata oleh tim pengiriman.'
				},
				emphasis: 3
			}
		}
	},
	{
		key: 'hotels',
		name: { en: 'Hotels', id: 'Hotel' },
		kind: 'B2B',
		needs: {
			en: 'Durable mattresses in exact room sizes, delivered and installed on schedule for openings and renovations, with a long warranty and quick replacement.',
			id: 'Kasur yang awet dengan ukuran yang pas untuk setiap kamar, dikirim dan dipasang tepat waktu untuk pembukaan atau renovasi, dengan garansi panjang dan penggantian yang cepat.'
		},
		size: { en: 'About 60 hotels, 25% of revenue', id: 'Sekitar 60 hotel, 25% pendapatan' },
		marketingMix: {
			product: {
				text: {
					en: 'Contract-grade mattresses in custom sizes, with fire-retardant fabric and removable covers.',
					id: 'Kasur kelas proyek dalam ukuran khusus, dengan kain tahan api dan sarung yang dapat dilepas.'
				},
				emphasis: 5
			},
			price: {
				text: {
					en: 'Project prices set by tender, with volume discounts and payment in instalments.',
					id: 'Harga proyek yang ditetapkan lewat tender, dengan potongan volume dan pembayaran bertahap.'
				},
				emphasis: 3
			},
			promotion: {
				text: {
					en: 'Key-account visits, a furnished sample room and references from other hotels.',
					id: 'Kunjungan tim akun utama, kamar contoh yang sudah ditata, dan referensi dari hotel lain.'
				},
				emphasis: 2
			},
			place: {
				text: {
					en: 'Direct delivery and installation room by room, with the old mattresses taken away.',
					id: 'Pengiriman langsung dan pemasangan kamar demi kamar, sekaligus pengangkutan kasur lama.'
				},
				emphasis: 4
			}
		}
	},
	{
		key: 'distributors',
		name: { en: 'Regional distributors', id: 'Distributor daerah' },
		kind: 'B2B',
		needs: {
			en: 'Full truckloads at a good price, a protected territory and stock they can resell to small stores outside the maker’s delivery area.',
			id: 'Pengiriman satu truk penuh dengan harga yang baik, wilayah penjualan yang terlindungi, dan stok yang bisa dijual kembali ke toko-toko kecil di luar jangkauan pengiriman produsen.'
		},
		size: { en: 'Eight distributors, 10% of revenue', id: 'Delapan distributor, 10% pendapatan' },
		marketingMix: {
			product: {
				text: {
					en: 'Only the best-selling standard models, packed for onward transport.',
					id: 'Hanya model standar yang paling laris, dikemas untuk pengiriman lanjutan.'
				},
				emphasis: 2
			},
			price: {
				text: {
					en: 'A distributor price below the dealer price, with a full-truck discount and 60-day payment terms.',
					id: 'Harga distributor di bawah harga dealer, dengan potongan untuk pembelian satu truk penuh dan jangka pembayaran 60 hari.'
				},
				emphasis: 5
			},
			promotion: {
				text: {
					en: 'An annual distributor meeting and a share of the regional exhibition budget.',
					id: 'Pertemuan distributor tahunan dan porsi dari anggaran pameran daerah.'
				},
				emphasis: 2
			},
			place: {
				text: {
					en: 'Full-truck deliveries to the distributor’s warehouse, which serves small stores outside the maker’s delivery area.',
					id: 'Pengiriman satu truk penuh ke gudang distributor, yang melayani toko-toko kecil di luar jangkauan pengiriman produsen.'
				},
				emphasis: 5
			}
		}
	}
];

const frustrations: FrustrationTemplate[] = [
	// Purchase
	{
		touchPoint: 'order-planning',
		text: {
			en: 'Monthly targets are set without looking at each store’s sales history, so small stores get targets they can never reach.',
			id: 'Target bulanan ditetapkan tanpa melihat riwayat penjualan tiap toko, sehingga toko kecil mendapat target yang mustahil dicapai.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Dealer interviews at the annual dealer meeting',
			id: 'Wawancara dengan dealer pada pertemuan dealer tahunan'
		},
		segments: ['dealers'],
		quality: 'relationship',
		status: 'fix-planned',
		fix: {
			en: 'Set each target from the store’s last twelve months of sales and agree it at the monthly visit.',
			id: 'Tetapkan target dari penjualan toko selama dua belas bulan terakhir dan sepakati bersama saat kunjungan bulanan.'
		},
		effort: 2,
		owner: dealerDevelopment
	},
	{
		touchPoint: 'order-planning',
		text: {
			en: 'Hotel purchasers do not know that the maker builds contract mattresses, and hear of it only after a competitor has won the renovation.',
			id: 'Bagian pembelian hotel tidak tahu bahwa produsen membuat kasur kelas proyek, dan baru mengetahuinya setelah pesaing memenangkan proyek renovasi.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Lost-tender interviews with hotel purchasers',
			id: 'Wawancara dengan bagian pembelian hotel setelah kalah tender'
		},
		segments: ['hotels'],
		quality: 'relationship'
	},
	{
		touchPoint: 'order-development',
		text: {
			en: 'Banners and brochures arrive weeks after a new collection is launched, so stores sell the new models with old material.',
			id: 'Spanduk dan brosur baru tiba berminggu-minggu setelah koleksi baru diluncurkan, sehingga toko menjual model baru dengan materi promosi lama.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'staff-report',
		source: {
			en: 'Area supervisors’ visit reports',
			id: 'Laporan kunjungan supervisor wilayah'
		},
		segments: ['dealers'],
		quality: 'process',
		status: 'fixed',
		fix: {
			en: 'Point-of-sale material now travels with the first delivery of every new model.',
			id: 'Materi promosi di toko kini ikut dikirim bersama pengiriman pertama setiap model baru.'
		},
		effort: 2,
		owner: marketingCommunication
	},
	{
		touchPoint: 'order-development',
		text: {
			en: 'Dealers wait up to four months to be reimbursed for co-funded advertising, and must send the original newspaper pages as proof.',
			id: 'Dealer harus menunggu hingga empat bulan untuk penggantian biaya iklan bersama, dan wajib mengirim halaman koran asli sebagai bukti.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Dealer complaints to the area supervisors',
			id: 'Keluhan dealer kepada supervisor wilayah'
		},
		segments: ['dealers', 'distributors'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Accept a photo of the advertisement as proof and reimburse within 30 days.',
			id: 'Terima foto iklan sebagai bukti dan ganti biayanya paling lambat 30 hari.'
		},
		effort: 2,
		owner: finance
	},
	{
		touchPoint: 'order-evaluation',
		text: {
			en: 'Hotels cannot get a sample mattress in their room size to try before the tender closes.',
			id: 'Hotel tidak bisa mendapatkan kasur contoh dengan ukuran kamarnya untuk dicoba sebelum tender ditutup.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'interview',
		source: {
			en: 'Lost-tender interviews with hotel purchasers',
			id: 'Wawancara dengan bagian pembelian hotel setelah kalah tender'
		},
		segments: ['hotels'],
		quality: 'object'
	},
	{
		touchPoint: 'order-evaluation',
		text: {
			en: 'The comfort levels on the exhibition labels are named differently from those in the price list.',
			id: 'Nama tingkat kenyamanan pada label pameran berbeda dengan yang tercantum di daftar harga.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'observation',
		source: {
			en: 'Walk-through of the booth at the furniture fair',
			id: 'Pengamatan langsung di stan pameran mebel'
		},
		segments: ['dealers', 'distributors'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'Labels, catalogue and price list now use the same model names and firmness scale.',
			id: 'Label, katalog, dan daftar harga kini memakai nama model dan skala kekerasan yang sama.'
		},
		effort: 1,
		owner: marketingCommunication
	},
	{
		touchPoint: 'order-placement',
		text: {
			en: 'Orders can only be placed through the area supervisor, so they wait whenever the supervisor is on the road.',
			id: 'Pesanan hanya bisa disampaikan lewat supervisor wilayah, sehingga tertahan setiap kali supervisor sedang berkeliling.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'complaint',
		source: {
			en: 'Customer-service call log',
			id: 'Catatan panggilan layanan pelanggan'
		},
		segments: ['dealers', 'distributors'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Let dealers order directly in the dealer portal or by message to sales administration.',
			id: 'Izinkan dealer memesan langsung lewat portal dealer atau pesan singkat ke bagian administrasi penjualan.'
		},
		effort: 3,
		owner: salesAdministration
	},
	{
		touchPoint: 'order-placement',
		text: {
			en: 'Distributors are pushed to order a full truck at month-end so that the maker reaches its own target, and are left with slow-moving stock.',
			id: 'Distributor didesak memesan satu truk penuh di akhir bulan agar produsen mencapai targetnya sendiri, lalu terbebani stok yang lambat laku.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'interview',
		source: {
			en: 'Annual distributor meeting',
			id: 'Pertemuan distributor tahunan'
		},
		segments: ['distributors'],
		quality: 'relationship'
	},
	{
		touchPoint: 'order-entry',
		text: {
			en: 'The running promotion is left out of the order confirmation, and the dealer only notices on the invoice.',
			id: 'Potongan promosi yang sedang berjalan tidak tercantum di konfirmasi pesanan, dan dealer baru menyadarinya di faktur.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'staff-report',
		source: {
			en: 'Sales administration correction log',
			id: 'Catatan koreksi bagian administrasi penjualan'
		},
		segments: ['dealers'],
		quality: 'data'
	},
	{
		touchPoint: 'order-entry',
		text: {
			en: 'A custom hotel size was keyed in wrongly, and a whole floor of mattresses was made five centimetres too long.',
			id: 'Ukuran khusus pesanan hotel salah diketik, sehingga kasur untuk satu lantai penuh dibuat lima sentimeter terlalu panjang.'
		},
		frequency: 1,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Hotel complaint, renovation project',
			id: 'Keluhan hotel, proyek renovasi'
		},
		segments: ['hotels'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'The hotel now confirms custom sizes in writing before production starts.',
			id: 'Kini hotel mengonfirmasi ukuran khusus secara tertulis sebelum produksi dimulai.'
		},
		effort: 1,
		owner: salesAdministration
	},
	{
		touchPoint: 'order-processing',
		text: {
			en: 'Dealers cannot see when a made-to-order mattress will be ready, and phone several times to find out.',
			id: 'Dealer tidak bisa melihat kapan kasur pesanan khusus selesai dibuat, sehingga harus berkali-kali menelepon untuk menanyakannya.'
		},
		frequency: 5,
		severity: 3,
		evidence: 'complaint',
		source: {
			en: 'Customer-service call log',
			id: 'Catatan panggilan layanan pelanggan'
		},
		segments: ['dealers', 'distributors'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Send a production and delivery date with every confirmation, and an update whenever it changes.',
			id: 'Kirim tanggal produksi dan pengiriman bersama setiap konfirmasi, serta kabar terbaru setiap kali tanggal itu berubah.'
		},
		effort: 3,
		owner: productionPlanning
	},
	// Usage
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Mattresses arrive with dirty or torn plastic wrapping, and the store cannot sell them as new.',
			id: 'Kasur tiba dengan plastik pembungkus yang kotor atau sobek, sehingga toko tidak bisa menjualnya sebagai barang baru.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Dealer complaints to customer service',
			id: 'Keluhan dealer kepada layanan pelanggan'
		},
		segments: ['dealers'],
		quality: 'object',
		status: 'fix-planned',
		fix: {
			en: 'Double-wrap every mattress and have the driver photograph each load when unloading.',
			id: 'Bungkus setiap kasur dua lapis dan minta sopir memotret setiap muatan saat dibongkar.'
		},
		effort: 2,
		owner: delivery
	},
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'The delivery team sets up the new display but takes away neither the old units nor the packaging.',
			id: 'Tim pengiriman menata display baru tetapi tidak mengangkut unit lama maupun kemasannya.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'observation',
		source: {
			en: 'Store visits after display changes',
			id: 'Kunjungan ke toko setelah pergantian display'
		},
		segments: ['dealers'],
		quality: 'atmosphere'
	},
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Hotel deliveries arrive outside the agreed time window, and the rooms cannot be sold that night.',
			id: 'Pengiriman ke hotel datang di luar waktu yang disepakati, sehingga kamar-kamarnya tidak bisa dijual malam itu.'
		},
		frequency: 2,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Key-account complaints from hotels',
			id: 'Keluhan hotel kepada tim akun utama'
		},
		segments: ['hotels'],
		quality: 'process'
	},
	{
		touchPoint: 'customer-invoice',
		text: {
			en: 'Target rewards and rebates are credited months late, and dealers cannot check the amount against their own sales.',
			id: 'Hadiah target dan rabat dikreditkan berbulan-bulan terlambat, dan dealer tidak bisa mencocokkan jumlahnya dengan penjualan mereka sendiri.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Dealer complaints at the annual dealer meeting',
			id: 'Keluhan dealer pada pertemuan dealer tahunan'
		},
		segments: ['dealers', 'distributors'],
		quality: 'data'
	},
	{
		touchPoint: 'customer-invoice',
		text: {
			en: 'Invoices to hotels lack the purchase-order number, so the hotel’s accounts department holds the payment.',
			id: 'Faktur untuk hotel tidak mencantumkan nomor PO, sehingga bagian keuangan hotel menahan pembayarannya.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'staff-report',
		source: {
			en: 'Collection notes from finance',
			id: 'Catatan penagihan bagian keuangan'
		},
		segments: ['hotels'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'The purchase-order number is now a required field on every hotel invoice.',
			id: 'Nomor PO kini wajib diisi pada setiap faktur untuk hotel.'
		},
		effort: 1,
		owner: finance
	},
	{
		touchPoint: 'after-sale-service',
		text: {
			en: 'Store sales staff change often, and the new staff have had no product training from the maker.',
			id: 'Pramuniaga toko sering berganti, dan pramuniaga baru belum pernah mendapat pelatihan produk dari produsen.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'mystery-shopper',
		source: {
			en: 'Mystery-shopper visits to 40 stores',
			id: 'Kunjungan mystery shopper ke 40 toko'
		},
		segments: ['dealers'],
		quality: 'infrastructure',
		status: 'fix-planned',
		fix: {
			en: 'Run a short training session in each area every month and give stores a video course for new staff.',
			id: 'Adakan sesi pelatihan singkat di setiap wilayah tiap bulan dan berikan kursus video bagi pramuniaga baru.'
		},
		effort: 3,
		owner: salesTraining
	},
	{
		touchPoint: 'after-sale-service',
		text: {
			en: 'The customer-service line is busy every afternoon, and promised callbacks are not made.',
			id: 'Saluran layanan pelanggan selalu sibuk setiap sore, dan janji untuk menelepon balik tidak ditepati.'
		},
		frequency: 2,
		severity: 3,
		evidence: 'complaint',
		source: {
			en: 'Dealer complaints to the area supervisors',
			id: 'Keluhan dealer kepada supervisor wilayah'
		},
		segments: allSegments,
		quality: 'infrastructure'
	},
	{
		touchPoint: 'product-use',
		text: {
			en: 'Hotel housekeeping never turns the mattresses because the care instructions do not reach them, so they sag early.',
			id: 'Bagian tata graha hotel tidak pernah membalik kasur karena petunjuk perawatannya tidak sampai kepada mereka, sehingga kasur cepat melesak.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'staff-report',
		source: {
			en: 'Technicians’ inspection reports',
			id: 'Laporan pemeriksaan teknisi'
		},
		segments: ['hotels'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Give each hotel a turning schedule and a short briefing for its housekeeping supervisors.',
			id: 'Berikan jadwal pembalikan kasur kepada setiap hotel dan pengarahan singkat bagi supervisor tata grahanya.'
		},
		effort: 1,
		owner: customerService
	},
	{
		touchPoint: 'product-use',
		text: {
			en: 'Display mattresses in stores are worn and stained, and the faded banners belong to an old collection.',
			id: 'Kasur display di toko sudah usang dan bernoda, dan spanduk yang pudar masih dari koleksi lama.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'observation',
		source: {
			en: 'Area supervisors’ visit reports',
			id: 'Laporan kunjungan supervisor wilayah'
		},
		segments: ['dealers'],
		quality: 'atmosphere'
	},
	{
		touchPoint: 'product-problem',
		text: {
			en: 'The springs of one model squeak within the first year, and a technician visit takes two weeks to arrange.',
			id: 'Pegas pada salah satu model berderit dalam tahun pertama, dan kunjungan teknisi baru bisa diatur dua minggu kemudian.'
		},
		frequency: 2,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Warranty claim log',
			id: 'Catatan klaim garansi'
		},
		segments: ['dealers', 'hotels'],
		quality: 'object',
		status: 'fix-planned',
		fix: {
			en: 'Change the spring supplier for that model and promise a technician visit within five working days.',
			id: 'Ganti pemasok pegas untuk model tersebut dan jamin kunjungan teknisi dalam lima hari kerja.'
		},
		effort: 4,
		owner: qualityAssurance
	},
	// Replacement
	{
		touchPoint: 'returns-and-claims',
		text: {
			en: 'Dealers pay the freight to return a faulty mattress and wait months for the claim to be decided.',
			id: 'Dealer harus menanggung ongkos kirim untuk mengembalikan kasur yang rusak dan menunggu berbulan-bulan sampai klaimnya diputuskan.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Dealer complaints at the annual dealer meeting',
			id: 'Keluhan dealer pada pertemuan dealer tahunan'
		},
		segments: ['dealers', 'distributors'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Collect faulty mattresses on the next delivery run and decide every claim within 14 days.',
			id: 'Ambil kasur yang rusak pada rute pengiriman berikutnya dan putuskan setiap klaim dalam 14 hari.'
		},
		effort: 3,
		owner: warrantyClaims
	},
	{
		touchPoint: 'returns-and-claims',
		text: {
			en: 'Warranty claims are refused when the end customer has lost the warranty card, even though the store has the sales record.',
			id: 'Klaim garansi ditolak bila konsumen akhir kehilangan kartu garansi, padahal toko masih menyimpan catatan penjualannya.'
		},
		frequency: 2,
		severity: 3,
		evidence: 'complaint',
		source: {
			en: 'Warranty claim log',
			id: 'Catatan klaim garansi'
		},
		segments: ['dealers'],
		quality: 'data'
	}
];

export const mattressMakerTemplate: JourneyTemplate = {
	...templateInfo('mattress-maker'),
	stages: threeStages,
	touchPoints: orderCycleTouchPoints.map((tp) => ({ ...tp, ...makerDetails[tp.key] })),
	segments,
	frustrations
};
