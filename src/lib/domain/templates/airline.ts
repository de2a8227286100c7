/**
 * Example journey: a full-service airline with three segments (docs/domain.md).
 * Stages and the twelve order-cycle touch points come from `order-cycle.ts`; this file adds
 * the airline's channels, owners, emotion curves, segments with their marketing mixes, and
 * frustrations found through feedback cards, complaint letters and mystery-shopper flights.
 */
import { templateInfo } from './template-info';
import { orderCycleTouchPoints, threeStages } from './order-cycle';
import type {
	FrustrationTemplate,
	JourneyTemplate,
	SegmentTemplate,
	TouchPointTemplate
} from './types';

const allSegments = ['business', 'leisure', 'tour-groups'];

/** What the airline adds to each order-cycle touch point, by touch-point key. */
type AirlineDetail = Required<
	Pick<TouchPointTemplate, 'channel' | 'ownerTeam' | 'mode' | 'public' | 'segments' | 'emotions'>
> &
	Pick<TouchPointTemplate, 'notes'>;

const airlineDetails: Record<string, AirlineDetail> = {
	'order-planning': {
		channel: 'social-media',
		ownerTeam: { en: 'Marketing communication', id: 'Komunikasi pemasaran' },
		mode: 'proactive',
		public: true,
		notes: {
			en: 'New routes and seasonal fares are announced on the official social-media accounts; companies and tour operators are reached by direct marketing instead.',
			id: 'Rute baru dan tarif musiman diumumkan di akun media sosial resmi, sedangkan perusahaan dan operator tur dijangkau lewat pemasaran langsung.'
		},
		segments: allSegments,
		emotions: { business: 1, leisure: 1, 'tour-groups': 1 }
	},
	'order-development': {
		channel: 'website',
		ownerTeam: { en: 'Sales (e-commerce)', id: 'Penjualan (e-commerce)' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Schedules, fare rules, baggage allowances and alliance connections must be complete before customers compare; group quotes also need seat availability and fare validity.',
			id: 'Jadwal, aturan tarif, jatah bagasi, dan koneksi aliansi harus lengkap sebelum pelanggan membandingkan; penawaran grup juga perlu mencantumkan ketersediaan kursi dan masa berlaku tarif.'
		},
		segments: allSegments,
		emotions: { business: 0, leisure: 1, 'tour-groups': -1 }
	},
	'order-evaluation': {
		channel: 'sales-visit',
		ownerTeam: { en: 'Sales', id: 'Penjualan' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Account managers negotiate corporate fares and group contracts face to face; leisure travellers compare fare families online or with their travel agent.',
			id: 'Manajer akun menegosiasikan tarif korporat dan kontrak grup secara tatap muka, sementara wisatawan perorangan membandingkan pilihan tarif secara daring atau lewat agen perjalanan.'
		},
		segments: allSegments,
		emotions: { business: 1, leisure: 0, 'tour-groups': 0 }
	},
	'order-placement': {
		channel: 'website',
		ownerTeam: { en: 'Reservations', id: 'Reservasi' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Bookings arrive through the online booking engine, the reservations call centre, travel agents and, for groups, the group sales desk.',
			id: 'Pemesanan masuk lewat sistem pemesanan daring, pusat panggilan reservasi, agen perjalanan, dan khusus grup lewat bagian penjualan grup.'
		},
		segments: allSegments,
		emotions: { business: 1, leisure: 1, 'tour-groups': -1 }
	},
	'order-entry': {
		channel: 'email',
		ownerTeam: { en: 'Reservations (ticketing)', id: 'Reservasi (penerbitan tiket)' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The booking record and e-ticket must carry the right names, fare and corporate code; the confirmation email is the customer’s first chance to check them.',
			id: 'Data pemesanan dan tiket elektronik harus memuat nama, tarif, dan kode korporat yang benar; email konfirmasi menjadi kesempatan pertama pelanggan untuk memeriksanya.'
		},
		segments: allSegments,
		emotions: { business: 0, leisure: 0, 'tour-groups': -1 }
	},
	'order-processing': {
		channel: 'customer-portal',
		ownerTeam: { en: 'Reservations', id: 'Reservasi' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Manage My Booking shows seats, schedule changes and online check-in; tour operators need to see which names on their passenger lists are ticketed.',
			id: 'Menu Kelola Pemesanan menampilkan kursi, perubahan jadwal, dan check-in daring; operator tur perlu melihat nama mana saja di daftar penumpang mereka yang sudah diterbitkan tiketnya.'
		},
		segments: allSegments,
		emotions: { business: 0, leisure: 1, 'tour-groups': 0 }
	},
	'order-delivery': {
		channel: 'delivery-team',
		ownerTeam: { en: 'Airport operations', id: 'Operasional bandara' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The flight itself: check-in, boarding, on-time departure and connections; delays top the feedback cards, which are handed out on about one flight in ten.',
			id: 'Inilah penerbangannya sendiri: check-in, boarding, keberangkatan tepat waktu, dan penerbangan lanjutan; keterlambatan paling banyak dikeluhkan di kartu umpan balik, yang dibagikan di kira-kira satu dari sepuluh penerbangan.'
		},
		segments: allSegments,
		emotions: { business: -2, leisure: -1, 'tour-groups': 0 }
	},
	'customer-invoice': {
		channel: 'email',
		ownerTeam: { en: 'Billing', id: 'Penagihan' },
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Leisure travellers get a receipt with the e-ticket, companies a monthly statement, and tour operators a group invoice after travel.',
			id: 'Wisatawan perorangan menerima kuitansi bersama tiket elektronik, perusahaan menerima rekapitulasi tagihan bulanan, dan operator tur menerima faktur grup setelah perjalanan.'
		},
		segments: allSegments,
		emotions: { business: 0, leisure: 0, 'tour-groups': -2 }
	},
	'after-sale-service': {
		channel: 'phone-hotline',
		ownerTeam: { en: 'Customer care', id: 'Layanan pelanggan' },
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Changes, special requests and complaints after booking; complaint letters and call-centre logs are reviewed every month, and sensitive cases are answered privately.',
			id: 'Perubahan, permintaan khusus, dan keluhan setelah pemesanan; surat keluhan dan catatan pusat panggilan ditinjau setiap bulan, dan kasus yang sensitif ditanggapi secara pribadi.'
		},
		segments: allSegments,
		emotions: { business: -1, leisure: -1, 'tour-groups': 0 }
	},
	'product-use': {
		channel: 'other',
		ownerTeam: { en: 'In-flight services', id: 'Layanan kabin' },
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Cabin, seats, meals and entertainment on board, watched through feedback cards on about one flight in ten and mystery-shopper flights every quarter.',
			id: 'Kabin, kursi, makanan, dan hiburan di pesawat, dipantau lewat kartu umpan balik di kira-kira satu dari sepuluh penerbangan dan penerbangan mystery shopper setiap triwulan.'
		},
		segments: allSegments,
		emotions: { business: 2, leisure: 1, 'tour-groups': 0 }
	},
	'product-problem': {
		channel: 'store-staff',
		ownerTeam: {
			en: 'Airport operations (baggage services)',
			id: 'Operasional bandara (layanan bagasi)'
		},
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Delayed or damaged baggage and broken seats or screens; the baggage service desk in the arrivals hall is the first contact.',
			id: 'Bagasi yang tertunda atau rusak serta kursi atau layar yang tidak berfungsi; konter layanan bagasi di area kedatangan menjadi tempat pertama yang didatangi penumpang.'
		},
		segments: allSegments,
		emotions: { business: -1, leisure: -2, 'tour-groups': -1 }
	},
	'returns-and-claims': {
		channel: 'customer-portal',
		ownerTeam: { en: 'Customer care (claims)', id: 'Layanan pelanggan (klaim)' },
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Refunds, compensation for delays and cancellations, baggage claims and missing miles in the loyalty programme; how a claim is settled decides whether the customer flies with the airline again.',
			id: 'Pengembalian dana, kompensasi keterlambatan dan pembatalan, klaim bagasi, serta mil yang belum tercatat di program loyalitas; cara klaim diselesaikan menentukan apakah pelanggan mau terbang lagi dengan maskapai ini.'
		},
		segments: allSegments,
		emotions: { business: 0, leisure: -1, 'tour-groups': -1 }
	}
};

const segments: SegmentTemplate[] = [
	{
		key: 'business',
		name: { en: 'Business travellers', id: 'Pelancong bisnis' },
		kind: 'B2C',
		needs: {
			en: 'Reliable non-stop flights and alliance connections, space and privacy to work or rest, fine dining, and easy changes; the employer pays, the traveller chooses.',
			id: 'Penerbangan langsung yang andal dan koneksi aliansi, ruang serta privasi untuk bekerja atau beristirahat, hidangan kelas atas, dan kemudahan mengubah jadwal; perusahaan yang membayar, pelancong yang memilih.'
		},
		size: { en: '40% of revenue, 15% of passengers', id: '40% pendapatan, 15% penumpang' },
		marketingMix: {
			product: {
				text: {
					en: 'Non-stop routes and alliance connections, seats with space and privacy, fine dining and lounges.',
					id: 'Rute langsung dan koneksi aliansi, kursi yang lega dan privat, hidangan kelas atas, serta lounge.'
				},
				emphasis: 5
			},
			price: {
				text: {
					en: 'Corporate fares, cumulative volume discounts for companies and incentive-trip packages.',
					id: 'Tarif korporat, diskon volume kumulatif bagi perusahaan, dan paket perjalanan insentif.'
				},
				emphasis: 3
			},
			promotion: {
				text: {
					en: 'Direct marketing to companies and corporate travel agents, led by account managers.',
					id: 'Pemasaran langsung kepada perusahaan dan agen perjalanan korporat, dipimpin oleh manajer akun.'
				},
				emphasis: 4
			},
			place: {
				text: {
					en: 'Corporate travel agents and the corporate booking tool, with priority check-in at the airport.',
					id: 'Agen perjalanan korporat dan sistem pemesanan korporat, dengan check-in prioritas di bandara.'
				},
				emphasis: 2
			}
		}
	},
	{
		key: 'leisure',
		name: { en: 'Individual leisure travellers', id: 'Wisatawan perorangan' },
		kind: 'B2C',
		needs: {
			en: 'Affordable fares in the holidays, entertainment on board, simple online booking and clear baggage rules.',
			id: 'Tarif terjangkau di musim liburan, hiburan selama penerbangan, pemesanan daring yang mudah, dan aturan bagasi yang jelas.'
		},
		size: { en: '45% of revenue, 60% of passengers', id: '45% pendapatan, 60% penumpang' },
		marketingMix: {
			product: {
				text: {
					en: 'Entertainment on board, and a budget subsidiary for short trips.',
					id: 'Hiburan di pesawat, serta anak perusahaan maskapai berbiaya hemat untuk perjalanan jarak pendek.'
				},
				emphasis: 3
			},
			price: {
				text: {
					en: 'Economy-class fares, with promotional fares in holiday seasons.',
					id: 'Tarif kelas ekonomi, dengan tarif promo pada musim liburan.'
				},
				emphasis: 5
			},
			promotion: {
				text: {
					en: 'Seasonal campaigns on social media and in print, and email offers to newsletter subscribers.',
					id: 'Kampanye musiman di media sosial dan media cetak, serta penawaran lewat email bagi pelanggan buletin.'
				},
				emphasis: 3
			},
			place: {
				text: {
					en: 'Travel agents and online booking on the website and app.',
					id: 'Agen perjalanan serta pemesanan daring melalui situs web dan aplikasi.'
				},
				emphasis: 4
			}
		}
	},
	{
		key: 'tour-groups',
		name: { en: 'Tour groups', id: 'Rombongan tur' },
		kind: 'B2B',
		needs: {
			en: 'Flexible blocks of economy seats, detailed passenger lists that are easy to update, deep group discounts and a dependable partner for the tour operator.',
			id: 'Blok kursi ekonomi yang fleksibel, daftar penumpang terperinci yang mudah diperbarui, diskon grup yang besar, dan mitra yang dapat diandalkan oleh operator tur.'
		},
		size: { en: '15% of revenue, 25% of passengers', id: '15% pendapatan, 25% penumpang' },
		marketingMix: {
			product: {
				text: {
					en: 'Flexible blocks of economy seats and detailed passenger lists.',
					id: 'Blok kursi ekonomi yang fleksibel dan daftar penumpang yang terperinci.'
				},
				emphasis: 2
			},
			price: {
				text: {
					en: 'Deep group discounts, with release dates for unsold seats in a block.',
					id: 'Diskon grup yang besar, dengan batas waktu pelepasan kursi yang tidak terjual dari blok.'
				},
				emphasis: 4
			},
			promotion: {
				text: {
					en: 'Direct marketing to travel agents, treated as partners.',
					id: 'Pemasaran langsung kepada agen perjalanan yang diperlakukan sebagai mitra.'
				},
				emphasis: 2
			},
			place: {
				text: {
					en: 'Sold through tour operators, including the airline’s own tour-operator subsidiary, and a regional airline for onward flights.',
					id: 'Dijual melalui operator tur, termasuk anak perusahaan operator tur milik maskapai, serta maskapai regional untuk penerbangan lanjutan.'
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
			en: 'Corporate travel managers do not know that the airline flies non-stop to several of their key regional cities.',
			id: 'Manajer perjalanan perusahaan tidak tahu bahwa maskapai ini punya penerbangan langsung ke beberapa kota regional yang penting bagi mereka.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Interviews with corporate travel managers, Q1',
			id: 'Wawancara dengan manajer perjalanan perusahaan, triwulan I'
		},
		segments: ['business'],
		quality: 'relationship',
		status: 'fix-planned',
		fix: {
			en: 'Send a route map and a quarterly route briefing to the top 200 corporate accounts.',
			id: 'Kirim peta rute dan ringkasan rute setiap triwulan kepada 200 akun korporat terbesar.'
		},
		effort: 2,
		owner: { en: 'Marketing communication', id: 'Komunikasi pemasaran' }
	},
	{
		touchPoint: 'order-planning',
		text: {
			en: 'Holiday promotional fares are announced after the competitors’ fares, when many families have already booked.',
			id: 'Tarif promo liburan diumumkan setelah pesaing mengumumkan tarifnya, saat banyak keluarga sudah telanjur memesan.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'survey',
		source: {
			en: 'Online booking survey, year-end holidays',
			id: 'Survei pemesanan daring, libur akhir tahun'
		},
		segments: ['leisure'],
		quality: 'process'
	},
	{
		touchPoint: 'order-development',
		text: {
			en: 'The website shows the baggage allowance and change fees only on the payment page.',
			id: 'Situs web baru menampilkan jatah bagasi dan biaya perubahan di halaman pembayaran.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'mystery-shopper',
		source: {
			en: 'Mystery-shopper booking test, May',
			id: 'Uji pemesanan oleh mystery shopper, Mei'
		},
		segments: ['leisure', 'business'],
		quality: 'data',
		status: 'fix-planned',
		fix: {
			en: 'Show the baggage allowance and fare rules next to each fare in the search results.',
			id: 'Tampilkan jatah bagasi dan aturan tarif di samping setiap tarif pada hasil pencarian.'
		},
		effort: 3,
		owner: { en: 'Sales (e-commerce)', id: 'Penjualan (e-commerce)' }
	},
	{
		touchPoint: 'order-development',
		text: {
			en: 'Group quotes reach tour operators without seat availability or the date until which the fare is valid.',
			id: 'Penawaran grup sampai ke operator tur tanpa informasi ketersediaan kursi maupun batas berlakunya tarif.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'staff-report',
		source: { en: 'Group sales desk, monthly report', id: 'Laporan bulanan bagian penjualan grup' },
		segments: ['tour-groups'],
		quality: 'data'
	},
	{
		touchPoint: 'order-evaluation',
		text: {
			en: 'Comparing fare types is confusing because the benefits of each fare are listed on different pages.',
			id: 'Membandingkan jenis tarif membingungkan karena manfaat tiap tarif dicantumkan di halaman yang berbeda-beda.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'observation',
		source: {
			en: 'Day-in-the-life walk-through of an online booking',
			id: 'Simulasi menjadi pelanggan saat memesan secara daring'
		},
		segments: ['leisure', 'business'],
		quality: 'process',
		status: 'fixed',
		fix: {
			en: 'Added a side-by-side comparison table of the fare types.',
			id: 'Menambahkan tabel perbandingan jenis tarif secara berdampingan.'
		},
		effort: 2,
		owner: { en: 'Sales (e-commerce)', id: 'Penjualan (e-commerce)' }
	},
	{
		touchPoint: 'order-evaluation',
		text: {
			en: 'Corporate clients cannot see how close they are to the next volume-discount tier.',
			id: 'Klien korporat tidak bisa melihat seberapa dekat mereka dengan jenjang diskon volume berikutnya.'
		},
		frequency: 2,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Account reviews with corporate clients',
			id: 'Tinjauan akun bersama klien korporat'
		},
		segments: ['business'],
		quality: 'relationship'
	},
	{
		touchPoint: 'order-placement',
		text: {
			en: 'Group bookings can only be requested by an email form, and an answer takes up to three working days.',
			id: 'Pemesanan grup hanya bisa diajukan lewat formulir email, dan jawabannya baru datang hingga tiga hari kerja kemudian.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Complaint letters from tour operators, Q2',
			id: 'Surat keluhan dari operator tur, triwulan II'
		},
		segments: ['tour-groups'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Open a group booking portal with a quote promised within 24 hours.',
			id: 'Buka portal pemesanan grup dengan jaminan penawaran dalam 24 jam.'
		},
		effort: 4,
		owner: { en: 'Group sales', id: 'Penjualan grup' }
	},
	{
		touchPoint: 'order-placement',
		text: {
			en: 'The mobile booking page times out during payment, leaving travellers unsure whether they have been charged.',
			id: 'Halaman pemesanan di ponsel kehabisan waktu saat pembayaran, sehingga penumpang tidak yakin apakah kartunya sudah ditagih.'
		},
		frequency: 2,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Call-centre log and web analytics',
			id: 'Catatan pusat panggilan dan analitik situs web'
		},
		segments: ['leisure'],
		quality: 'infrastructure'
	},
	{
		touchPoint: 'order-entry',
		text: {
			en: 'Passenger names are misspelt when agents key them in, and correcting a name costs a change fee.',
			id: 'Nama penumpang salah ketik saat dimasukkan oleh agen, dan membetulkannya dikenai biaya perubahan.'
		},
		frequency: 2,
		severity: 3,
		evidence: 'staff-report',
		source: { en: 'Check-in staff reports', id: 'Laporan petugas check-in' },
		segments: ['tour-groups', 'leisure'],
		quality: 'data',
		status: 'fix-planned',
		fix: {
			en: 'Allow free corrections of up to three letters in a name within 24 hours of booking.',
			id: 'Izinkan koreksi gratis hingga tiga huruf pada nama dalam 24 jam setelah pemesanan.'
		},
		effort: 1,
		owner: { en: 'Reservations', id: 'Reservasi' }
	},
	{
		touchPoint: 'order-entry',
		text: {
			en: 'The corporate fare code is sometimes not applied, so the traveller is ticketed at the public fare.',
			id: 'Kode tarif korporat kadang tidak terpasang, sehingga tiket penumpang diterbitkan dengan tarif umum.'
		},
		frequency: 2,
		severity: 4,
		evidence: 'complaint',
		source: { en: 'Corporate account complaints', id: 'Keluhan dari akun korporat' },
		segments: ['business'],
		quality: 'data'
	},
	{
		touchPoint: 'order-processing',
		text: {
			en: 'Tour operators must resend the whole passenger list as a spreadsheet for every change and cannot see which names are ticketed.',
			id: 'Operator tur harus mengirim ulang seluruh daftar penumpang dalam bentuk spreadsheet setiap ada perubahan dan tidak bisa melihat nama mana yang sudah diterbitkan tiketnya.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'staff-report',
		source: { en: 'Group sales desk, monthly report', id: 'Laporan bulanan bagian penjualan grup' },
		segments: ['tour-groups'],
		quality: 'data'
	},
	{
		touchPoint: 'order-processing',
		text: {
			en: 'Schedule changes made weeks before departure are sent by email only, and some travellers miss their flight.',
			id: 'Perubahan jadwal yang dibuat beberapa minggu sebelum keberangkatan hanya dikirim lewat email, dan sebagian penumpang akhirnya ketinggalan pesawat.'
		},
		frequency: 2,
		severity: 5,
		evidence: 'complaint',
		source: { en: 'Complaint letters, Q2', id: 'Surat keluhan, triwulan II' },
		segments: ['leisure', 'business'],
		quality: 'relationship'
	},
	// Usage
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Delays are announced late at the gate, with no reason and no new departure time.',
			id: 'Keterlambatan baru diumumkan di gerbang keberangkatan, tanpa alasan dan tanpa jam keberangkatan yang baru.'
		},
		frequency: 4,
		severity: 5,
		evidence: 'survey',
		source: { en: 'Feedback cards, March sample', id: 'Kartu umpan balik, sampel Maret' },
		segments: ['business', 'leisure'],
		quality: 'relationship',
		status: 'fix-planned',
		fix: {
			en: 'Send a delay alert with the new estimated time to travellers’ phones at least 60 minutes before departure.',
			id: 'Kirim pemberitahuan keterlambatan beserta perkiraan jam baru ke ponsel penumpang paling lambat 60 menit sebelum keberangkatan.'
		},
		effort: 3,
		owner: { en: 'Airport operations', id: 'Operasional bandara' }
	},
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Business travellers miss onward connections at the hub because the scheduled connecting time is too short.',
			id: 'Pelancong bisnis tertinggal penerbangan lanjutan di bandara transit karena waktu transit yang dijadwalkan terlalu singkat.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'complaint',
		source: { en: 'Complaint letters, Q1', id: 'Surat keluhan, triwulan I' },
		segments: ['business'],
		quality: 'process'
	},
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Tour groups checking in together block the counters for individual travellers for up to 40 minutes.',
			id: 'Rombongan tur yang check-in bersamaan memenuhi konter hingga 40 menit sehingga penumpang perorangan harus menunggu.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'observation',
		source: {
			en: 'Airport observation, morning peak',
			id: 'Pengamatan di bandara, jam sibuk pagi'
		},
		segments: ['tour-groups', 'leisure'],
		quality: 'process',
		status: 'fixed',
		fix: {
			en: 'Opened a dedicated group check-in counter two hours before departure.',
			id: 'Membuka konter check-in khusus grup dua jam sebelum keberangkatan.'
		},
		effort: 2,
		owner: { en: 'Airport operations', id: 'Operasional bandara' }
	},
	{
		touchPoint: 'order-delivery',
		text: {
			en: 'Priority boarding is not enforced at the gate, so business-class passengers queue with everyone else.',
			id: 'Boarding prioritas tidak ditegakkan di gerbang, sehingga penumpang kelas bisnis ikut mengantre bersama penumpang lain.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'mystery-shopper',
		source: { en: 'Mystery-shopper flights, Q1', id: 'Penerbangan mystery shopper, triwulan I' },
		segments: ['business'],
		quality: 'atmosphere'
	},
	{
		touchPoint: 'customer-invoice',
		text: {
			en: 'Group invoices arrive weeks after travel with unexplained taxes and no-show charges, and the billing office does not answer the phone.',
			id: 'Faktur grup datang berminggu-minggu setelah perjalanan dengan pajak dan denda tidak hadir yang tidak dijelaskan, dan bagian penagihan tidak mengangkat telepon.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Complaint letters from tour operators, Q2',
			id: 'Surat keluhan dari operator tur, triwulan II'
		},
		segments: ['tour-groups'],
		quality: 'data',
		status: 'fix-planned',
		fix: {
			en: 'Send itemised group invoices within a week of travel, with a named billing contact.',
			id: 'Kirim faktur grup yang terperinci paling lambat seminggu setelah perjalanan, lengkap dengan nama petugas penagihan yang bisa dihubungi.'
		},
		effort: 3,
		owner: { en: 'Billing', id: 'Penagihan' }
	},
	{
		touchPoint: 'customer-invoice',
		text: {
			en: 'Monthly corporate statements do not show the cost centre, so companies cannot allocate travel costs.',
			id: 'Rekap tagihan bulanan untuk perusahaan tidak mencantumkan pusat biaya, sehingga perusahaan tidak bisa membebankan biaya perjalanan ke unit yang tepat.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Account reviews with corporate clients',
			id: 'Tinjauan akun bersama klien korporat'
		},
		segments: ['business'],
		quality: 'data'
	},
	{
		touchPoint: 'after-sale-service',
		text: {
			en: 'After a disruption the hotline wait exceeds 30 minutes, and promised callbacks never come.',
			id: 'Setelah ada gangguan penerbangan, antrean hotline lebih dari 30 menit dan janji untuk ditelepon balik tidak pernah ditepati.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Complaint letters and call-centre log',
			id: 'Surat keluhan dan catatan pusat panggilan'
		},
		segments: ['business', 'leisure'],
		quality: 'infrastructure',
		status: 'fix-planned',
		fix: {
			en: 'Add a callback queue and extra agents on disruption days.',
			id: 'Sediakan antrean telepon balik dan tambahan petugas pada hari-hari terjadi gangguan.'
		},
		effort: 4,
		owner: { en: 'Customer care', id: 'Layanan pelanggan' }
	},
	{
		touchPoint: 'after-sale-service',
		text: {
			en: 'Complaints on the official social-media account get a public, standard reply.',
			id: 'Keluhan di akun media sosial resmi dibalas secara terbuka dengan jawaban baku.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'observation',
		source: { en: 'Social-media monitoring', id: 'Pemantauan media sosial' },
		segments: ['leisure'],
		quality: 'relationship',
		status: 'fixed',
		fix: {
			en: 'Sensitive complaints are now moved to private messages within one hour.',
			id: 'Keluhan yang sensitif kini dipindahkan ke pesan pribadi dalam waktu satu jam.'
		},
		effort: 1,
		owner: { en: 'Customer care', id: 'Layanan pelanggan' }
	},
	{
		touchPoint: 'product-use',
		text: {
			en: 'Entertainment screens in economy often do not work on the older aircraft.',
			id: 'Layar hiburan di kelas ekonomi sering tidak berfungsi di pesawat-pesawat yang lebih tua.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'survey',
		source: { en: 'Feedback cards, quarterly sample', id: 'Kartu umpan balik, sampel triwulanan' },
		segments: ['leisure', 'tour-groups'],
		quality: 'object'
	},
	{
		touchPoint: 'product-use',
		text: {
			en: 'The preferred business-class meal has often run out by the time the crew reaches the last rows.',
			id: 'Menu pilihan di kelas bisnis sering sudah habis saat awak kabin tiba di baris belakang.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'mystery-shopper',
		source: { en: 'Mystery-shopper flights, Q1', id: 'Penerbangan mystery shopper, triwulan I' },
		segments: ['business'],
		quality: 'object',
		status: 'fixed',
		fix: {
			en: 'Business-class passengers can now pre-order their meal when they check in online.',
			id: 'Penumpang kelas bisnis kini dapat memesan makanan lebih dulu saat check-in daring.'
		},
		effort: 2,
		owner: { en: 'In-flight services', id: 'Layanan kabin' }
	},
	{
		touchPoint: 'product-use',
		text: {
			en: 'Tour-group passengers are seated far from their tour leader, who cannot help them during the flight.',
			id: 'Peserta rombongan tur duduk berjauhan dari pemimpin turnya, sehingga ia tidak bisa membantu mereka selama penerbangan.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'staff-report',
		source: { en: 'Cabin crew reports', id: 'Laporan awak kabin' },
		segments: ['tour-groups'],
		quality: 'process'
	},
	{
		touchPoint: 'product-problem',
		text: {
			en: 'Delayed baggage is traced slowly, and travellers buy essentials at their own expense while they wait.',
			id: 'Bagasi yang tertunda lambat dilacak, dan penumpang harus membeli kebutuhan pokok dengan uang sendiri selama menunggu.'
		},
		frequency: 2,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Complaint letters and baggage desk log',
			id: 'Surat keluhan dan catatan konter bagasi'
		},
		segments: ['leisure', 'business'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Pay an essentials allowance at the baggage desk and let travellers track their bag online.',
			id: 'Berikan uang pengganti kebutuhan pokok di konter bagasi dan izinkan penumpang melacak bagasinya secara daring.'
		},
		effort: 3,
		owner: {
			en: 'Airport operations (baggage services)',
			id: 'Operasional bandara (layanan bagasi)'
		}
	},
	// Replacement
	{
		touchPoint: 'returns-and-claims',
		text: {
			en: 'Refunds for cancelled flights take more than eight weeks and need repeated calls to chase.',
			id: 'Pengembalian dana untuk penerbangan yang dibatalkan memakan waktu lebih dari delapan minggu dan harus berkali-kali ditanyakan lewat telepon.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'complaint',
		source: { en: 'Complaint letters, Q2', id: 'Surat keluhan, triwulan II' },
		segments: ['leisure', 'tour-groups'],
		quality: 'process'
	},
	{
		touchPoint: 'returns-and-claims',
		text: {
			en: 'Missing miles can only be claimed by posting paper boarding passes to the loyalty programme.',
			id: 'Mil yang belum tercatat hanya bisa diklaim dengan mengirimkan pas naik pesawat kertas ke program loyalitas.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'survey',
		source: { en: 'Loyalty programme member survey', id: 'Survei anggota program loyalitas' },
		segments: ['business'],
		quality: 'infrastructure',
		status: 'fixed',
		fix: {
			en: 'Miles are now credited automatically from the ticket number, and any remaining claim is made online.',
			id: 'Mil kini otomatis tercatat berdasarkan nomor tiket, dan klaim yang tersisa dapat diajukan secara daring.'
		},
		effort: 3,
		owner: { en: 'Loyalty programme', id: 'Program loyalitas' }
	}
];

export const airlineTemplate: JourneyTemplate = {
	...templateInfo('airline'),
	stages: threeStages,
	touchPoints: orderCycleTouchPoints.map((tp) => ({ ...tp, ...airlineDetails[tp.key] })),
	segments,
	frustrations
};
