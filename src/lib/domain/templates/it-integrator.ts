/**
 * Example journey: an IT infrastructure integrator selling through personal selling
 * (docs/domain.md). The stages are those of the selling process (`personal-selling.ts`);
 * account managers, solution architects and marketing communication work each stage, with
 * demos at the action stage and accompanied implementation and follow-up at satisfaction.
 * Frustrations come from lost-deal interviews, project escalations and service-desk records.
 */
import { templateInfo } from './template-info';
import { personalSellingStages } from './personal-selling';
import type {
	FrustrationTemplate,
	JourneyTemplate,
	SegmentTemplate,
	TouchPointTemplate
} from './types';

const allSegments = ['enterprise', 'government', 'mid-size'];

const accountManagement = { en: 'Account management', id: 'Manajemen akun' };
const solutionArchitecture = { en: 'Solution architecture', id: 'Arsitektur solusi' };
const marketingCommunication = { en: 'Marketing communication', id: 'Komunikasi pemasaran' };
const bidTeam = { en: 'Account management (bid team)', id: 'Manajemen akun (tim tender)' };
const projectManagement = {
	en: 'Implementation (project management)',
	id: 'Implementasi (manajemen proyek)'
};
const support = { en: 'Support (service desk)', id: 'Dukungan teknis (service desk)' };

const touchPoints: TouchPointTemplate[] = [
	// Attention
	{
		key: 'technology-seminar',
		stage: 'attention',
		name: { en: 'Technology seminar', id: 'Seminar teknologi' },
		prompt: {
			en: 'The invited IT managers do not come, or leave without seeing which of their problems the integrator can solve.',
			id: 'Manajer TI yang diundang tidak datang, atau pulang tanpa melihat masalah mana yang bisa diselesaikan integrator bagi mereka.'
		},
		channel: 'exhibition',
		ownerTeam: marketingCommunication,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Half-day seminars held with the principal vendors for network, server, storage and security, in three cities each quarter.',
			id: 'Seminar setengah hari bersama vendor prinsipal untuk jaringan, server, penyimpanan data, dan keamanan, di tiga kota setiap triwulan.'
		},
		segments: allSegments,
		emotions: { enterprise: 1, government: 0, 'mid-size': 1 }
	},
	{
		key: 'social-media-newsletter',
		stage: 'attention',
		name: { en: 'Social media and newsletter', id: 'Media sosial dan buletin' },
		prompt: {
			en: 'The posts are product advertisements that no buyer reads.',
			id: 'Unggahannya hanya iklan produk yang tidak dibaca oleh pembeli mana pun.'
		},
		channel: 'social-media',
		ownerTeam: marketingCommunication,
		mode: 'proactive',
		public: true,
		notes: {
			en: 'Case studies and security advisories on the official company page and in a monthly email newsletter.',
			id: 'Studi kasus dan peringatan keamanan di halaman resmi perusahaan dan dalam buletin email bulanan.'
		},
		segments: allSegments,
		emotions: { enterprise: 0, government: 0, 'mid-size': 1 }
	},
	{
		key: 'introductory-meeting',
		stage: 'attention',
		name: { en: 'Introductory meeting', id: 'Pertemuan perkenalan' },
		prompt: {
			en: 'The account manager asks for a meeting without knowing anything about the customer’s business.',
			id: 'Manajer akun meminta pertemuan tanpa mengetahui apa pun tentang bisnis pelanggan.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Each account manager keeps an account plan with the customer’s organisation chart, installed base and budget cycle.',
			id: 'Setiap manajer akun menyimpan rencana akun berisi struktur organisasi pelanggan, perangkat yang sudah terpasang, dan siklus anggarannya.'
		},
		segments: allSegments,
		emotions: { enterprise: -1, government: 0, 'mid-size': 0 }
	},
	// Interest
	{
		key: 'discovery-meeting',
		stage: 'interest',
		name: { en: 'Discovery meeting', id: 'Pertemuan penggalian kebutuhan' },
		prompt: {
			en: 'The buyer has to explain the same environment again to every new person from the integrator.',
			id: 'Pembeli harus menjelaskan ulang kondisi yang sama kepada setiap orang baru dari pihak integrator.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The account manager and a solution architect meet the IT manager to map the business goals, the pain points and the decision makers.',
			id: 'Manajer akun dan seorang arsitek solusi menemui manajer TI untuk memetakan tujuan bisnis, masalah utama, dan para pengambil keputusan.'
		},
		segments: allSegments,
		emotions: { enterprise: 0, government: 0, 'mid-size': 1 }
	},
	{
		key: 'infrastructure-assessment',
		stage: 'interest',
		name: { en: 'Infrastructure assessment', id: 'Asesmen infrastruktur' },
		prompt: {
			en: 'The assessment is a sales pitch in disguise and misses the real bottlenecks.',
			id: 'Asesmen itu sebenarnya presentasi penjualan terselubung dan tidak menemukan hambatan yang sebenarnya.'
		},
		channel: 'other',
		ownerTeam: solutionArchitecture,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'A free two-day review of capacity, availability and security, ending with a written report and a roadmap.',
			id: 'Tinjauan gratis selama dua hari atas kapasitas, ketersediaan, dan keamanan, diakhiri dengan laporan tertulis dan peta jalan.'
		},
		segments: allSegments,
		emotions: { enterprise: 1, government: 1, 'mid-size': 0 }
	},
	// Desire
	{
		key: 'solution-design',
		stage: 'desire',
		name: { en: 'Solution design workshop', id: 'Lokakarya desain solusi' },
		prompt: {
			en: 'The design is copied from another customer and ignores the systems already in place.',
			id: 'Desainnya disalin dari pelanggan lain dan mengabaikan sistem yang sudah ada.'
		},
		channel: 'sales-visit',
		ownerTeam: solutionArchitecture,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Solution architects present the design and its alternatives to the customer’s IT team and agree the scope.',
			id: 'Arsitek solusi mempresentasikan desain beserta alternatifnya kepada tim TI pelanggan dan menyepakati lingkup pekerjaan.'
		},
		segments: allSegments,
		emotions: { enterprise: 0, government: 0, 'mid-size': 1 }
	},
	{
		key: 'proposal',
		stage: 'desire',
		name: { en: 'Proposal and bill of quantities', id: 'Proposal dan daftar kuantitas (BoQ)' },
		prompt: {
			en: 'The proposal arrives late, with line items the buyer cannot compare with competing offers.',
			id: 'Proposal datang terlambat, dengan rincian item yang tidak bisa dibandingkan pembeli dengan penawaran pesaing.'
		},
		channel: 'email',
		ownerTeam: accountManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The proposal combines the design, the bill of quantities, the service levels and the price, after discount approval from the principals.',
			id: 'Proposal memadukan desain, daftar kuantitas, tingkat layanan, dan harga, setelah persetujuan diskon dari prinsipal.'
		},
		segments: allSegments,
		emotions: { enterprise: -1, government: -1, 'mid-size': 0 }
	},
	{
		key: 'procurement',
		stage: 'desire',
		name: { en: 'Procurement and tender', id: 'Pengadaan dan tender' },
		prompt: {
			en: 'A missing document or a late answer to the procurement team disqualifies the bid.',
			id: 'Satu dokumen yang kurang atau jawaban yang terlambat kepada panitia pengadaan membuat penawaran gugur.'
		},
		channel: 'other',
		ownerTeam: bidTeam,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'Government agencies and state-owned enterprises buy through e-procurement tenders; large enterprises run their own vendor selection.',
			id: 'Instansi pemerintah dan BUMN membeli melalui tender pengadaan elektronik, sedangkan perusahaan besar menjalankan seleksi vendornya sendiri.'
		},
		segments: allSegments,
		emotions: { enterprise: -1, government: -2, 'mid-size': 0 }
	},
	// Action
	{
		key: 'demo',
		stage: 'action',
		name: { en: 'Demo and proof of concept', id: 'Demo dan uji konsep' },
		prompt: {
			en: 'The demo fails in the customer’s environment, or shows features that are not in the offer.',
			id: 'Demo gagal di lingkungan pelanggan, atau menampilkan fitur yang tidak termasuk dalam penawaran.'
		},
		channel: 'sales-visit',
		ownerTeam: solutionArchitecture,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Solution architects demonstrate the solution in the integrator’s lab or run a short proof of concept in the customer’s own network.',
			id: 'Arsitek solusi memperagakan solusi di laboratorium integrator atau menjalankan uji konsep singkat di jaringan pelanggan sendiri.'
		},
		segments: allSegments,
		emotions: { enterprise: 1, government: 1, 'mid-size': 2 }
	},
	{
		key: 'contract',
		stage: 'action',
		name: { en: 'Negotiation and contract', id: 'Negosiasi dan kontrak' },
		prompt: {
			en: 'The service levels and payment milestones change at the last minute.',
			id: 'Tingkat layanan dan tahapan pembayaran berubah pada menit terakhir.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'The account manager negotiates the price, the SLA and the payment milestones with procurement and the customer’s legal team.',
			id: 'Manajer akun menegosiasikan harga, SLA, dan tahapan pembayaran dengan bagian pengadaan dan tim hukum pelanggan.'
		},
		segments: allSegments,
		emotions: { enterprise: 0, government: -1, 'mid-size': 0 }
	},
	// Satisfaction
	{
		key: 'accompanied-implementation',
		stage: 'satisfaction',
		name: { en: 'Accompanied implementation', id: 'Implementasi dengan pendampingan' },
		prompt: {
			en: 'The implementation team never heard what was promised in the sale, and the go-live slips.',
			id: 'Tim implementasi tidak pernah tahu apa yang dijanjikan saat penjualan, sehingga jadwal go-live mundur.'
		},
		channel: 'delivery-team',
		ownerTeam: projectManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'A project manager and engineers install and migrate the systems, while the solution architect who designed them stays with the customer until acceptance.',
			id: 'Manajer proyek dan para teknisi memasang serta memigrasikan sistem, sementara arsitek solusi yang merancangnya tetap mendampingi pelanggan hingga serah terima.'
		},
		segments: allSegments,
		emotions: { enterprise: -1, government: -1, 'mid-size': 1 }
	},
	{
		key: 'service-desk',
		stage: 'satisfaction',
		name: { en: 'Service desk', id: 'Service desk' },
		prompt: {
			en: 'Incidents wait in the queue beyond the SLA and nobody tells the customer why.',
			id: 'Insiden tertahan di antrean melewati batas SLA dan tidak ada yang memberi tahu pelanggan alasannya.'
		},
		channel: 'phone-hotline',
		ownerTeam: support,
		mode: 'reactive',
		public: false,
		notes: {
			en: 'A 24/7 hotline and ticket portal with response and resolution times set by each customer’s SLA.',
			id: 'Hotline 24 jam dan portal tiket dengan waktu respons dan penyelesaian sesuai SLA masing-masing pelanggan.'
		},
		segments: allSegments,
		emotions: { enterprise: -2, government: -1, 'mid-size': 0 }
	},
	{
		key: 'follow-up-review',
		stage: 'satisfaction',
		name: { en: 'Follow-up review', id: 'Tinjauan tindak lanjut' },
		prompt: {
			en: 'The account manager disappears after go-live and comes back only at renewal time.',
			id: 'Manajer akun menghilang setelah go-live dan baru muncul lagi saat kontrak akan diperpanjang.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive',
		public: false,
		notes: {
			en: 'Service reviews after go-live cover incidents, SLA performance, training for the customer’s IT staff and the next steps on the roadmap.',
			id: 'Tinjauan layanan setelah go-live membahas insiden, kinerja SLA, pelatihan bagi staf TI pelanggan, dan langkah berikutnya dalam peta jalan.'
		},
		segments: allSegments,
		emotions: { enterprise: 0, government: 1, 'mid-size': -1 }
	}
];

const segments: SegmentTemplate[] = [
	{
		key: 'enterprise',
		name: { en: 'Large enterprises', id: 'Perusahaan besar' },
		kind: 'B2B',
		needs: {
			en: 'High availability for critical systems, integration with the platforms already in place, a guaranteed SLA and one accountable partner across all vendors.',
			id: 'Ketersediaan tinggi untuk sistem yang kritis, integrasi dengan platform yang sudah ada, SLA yang terjamin, dan satu mitra yang bertanggung jawab atas semua vendor.'
		},
		size: { en: 'About 40 accounts, 50% of revenue', id: 'Sekitar 40 akun, 50% pendapatan' },
		marketingMix: {
			product: {
				text: {
					en: 'Designed and integrated multi-vendor solutions for data centre, network and security, with managed services under a 24/7 SLA.',
					id: 'Solusi multivendor untuk pusat data, jaringan, dan keamanan yang dirancang dan diintegrasikan, dengan layanan terkelola ber-SLA 24 jam.'
				},
				emphasis: 5
			},
			price: {
				text: {
					en: 'Value-based project prices, multi-year service contracts and volume agreements with the principals.',
					id: 'Harga proyek berbasis nilai, kontrak layanan multitahun, dan kesepakatan volume dengan prinsipal.'
				},
				emphasis: 3
			},
			promotion: {
				text: {
					en: 'Account managers and solution architects assigned to each account, executive briefings and invitation-only seminars.',
					id: 'Manajer akun dan arsitek solusi yang ditugaskan untuk setiap akun, pemaparan khusus bagi eksekutif, dan seminar khusus undangan.'
				},
				emphasis: 4
			},
			place: {
				text: {
					en: 'Direct sales, and delivery by the integrator’s own engineers on site and remotely.',
					id: 'Penjualan langsung, dengan implementasi oleh teknisi integrator sendiri di lokasi maupun dari jarak jauh.'
				},
				emphasis: 3
			}
		}
	},
	{
		key: 'government',
		name: { en: 'Government and state-owned enterprises', id: 'Instansi pemerintah dan BUMN' },
		kind: 'B2B',
		needs: {
			en: 'Compliance with procurement rules and local-content requirements, complete tender documents, and a project finished within the budget year.',
			id: 'Kepatuhan pada aturan pengadaan dan ketentuan tingkat komponen dalam negeri, dokumen tender yang lengkap, dan proyek yang selesai dalam tahun anggaran berjalan.'
		},
		size: {
			en: 'About 25 agencies and SOEs, 30% of revenue',
			id: 'Sekitar 25 instansi dan BUMN, 30% pendapatan'
		},
		marketingMix: {
			product: {
				text: {
					en: 'Standard, certified configurations that meet the tender specification and the local-content rules.',
					id: 'Konfigurasi standar bersertifikat yang memenuhi spesifikasi tender dan ketentuan komponen dalam negeri.'
				},
				emphasis: 3
			},
			price: {
				text: {
					en: 'Competitive tender prices, and listing in the government e-catalogue.',
					id: 'Harga tender yang kompetitif, serta pencantuman produk di e-katalog pemerintah.'
				},
				emphasis: 5
			},
			promotion: {
				text: {
					en: 'Relationship visits, technical presentations to the procurement committee and references from other agencies.',
					id: 'Kunjungan untuk membina hubungan, presentasi teknis kepada panitia pengadaan, dan referensi dari instansi lain.'
				},
				emphasis: 2
			},
			place: {
				text: {
					en: 'Sold through e-procurement tenders and the e-catalogue, with delivery to regional offices.',
					id: 'Dijual melalui tender pengadaan elektronik dan e-katalog, dengan pengiriman hingga ke kantor-kantor daerah.'
				},
				emphasis: 4
			}
		}
	},
	{
		key: 'mid-size',
		name: { en: 'Mid-size companies', id: 'Perusahaan menengah' },
		kind: 'B2B',
		needs: {
			en: 'Simple, affordable packages, fast implementation and a helpdesk that can stand in for a small IT team.',
			id: 'Paket yang sederhana dan terjangkau, implementasi yang cepat, dan layanan bantuan yang bisa menggantikan peran tim TI yang kecil.'
		},
		size: {
			en: 'About 150 companies, 20% of revenue',
			id: 'Sekitar 150 perusahaan, 20% pendapatan'
		},
		marketingMix: {
			product: {
				text: {
					en: 'Packaged solutions for office network, backup and security, with remote support.',
					id: 'Solusi paket untuk jaringan kantor, pencadangan data, dan keamanan, dengan dukungan jarak jauh.'
				},
				emphasis: 3
			},
			price: {
				text: {
					en: 'Fixed-price packages and monthly subscriptions.',
					id: 'Paket berharga tetap dan langganan bulanan.'
				},
				emphasis: 4
			},
			promotion: {
				text: {
					en: 'Webinars, case studies on social media and email campaigns, followed up by inside sales.',
					id: 'Webinar, studi kasus di media sosial, dan kampanye email, yang ditindaklanjuti oleh tim penjualan internal.'
				},
				emphasis: 4
			},
			place: {
				text: {
					en: 'Inside sales by phone and video call, with remote implementation and site visits only when needed.',
					id: 'Penjualan internal lewat telepon dan panggilan video, dengan implementasi jarak jauh dan kunjungan ke lokasi hanya bila perlu.'
				},
				emphasis: 2
			}
		}
	}
];

const frustrations: FrustrationTemplate[] = [
	// Attention
	{
		touchPoint: 'technology-seminar',
		text: {
			en: 'Seminar invitations reach junior staff, and the IT managers who decide never hear of the integrator’s solutions.',
			id: 'Undangan seminar sampai ke staf junior, sementara manajer TI yang mengambil keputusan tidak pernah mendengar tentang solusi integrator.'
		},
		frequency: 3,
		severity: 3,
		evidence: 'staff-report',
		source: {
			en: 'Seminar attendance lists, last four quarters',
			id: 'Daftar hadir seminar, empat triwulan terakhir'
		},
		segments: ['enterprise', 'mid-size'],
		quality: 'relationship'
	},
	{
		touchPoint: 'social-media-newsletter',
		text: {
			en: 'The case studies on the official page read like vendor brochures, with no results from real customers.',
			id: 'Studi kasus di halaman resmi terbaca seperti brosur vendor, tanpa hasil nyata dari pelanggan sungguhan.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'interview',
		source: {
			en: 'Interviews with new mid-size customers',
			id: 'Wawancara dengan pelanggan baru dari perusahaan menengah'
		},
		segments: ['mid-size'],
		quality: 'relationship',
		status: 'fixed',
		fix: {
			en: 'Publish one customer story a month with measured results, approved by the customer.',
			id: 'Terbitkan satu kisah pelanggan setiap bulan dengan hasil yang terukur dan disetujui oleh pelanggan.'
		},
		effort: 2,
		owner: marketingCommunication
	},
	{
		touchPoint: 'introductory-meeting',
		text: {
			en: 'Account managers ask for meetings without knowing the customer’s industry or the systems already installed.',
			id: 'Manajer akun meminta pertemuan tanpa memahami industri pelanggan maupun sistem yang sudah terpasang.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Lost-deal interviews',
			id: 'Wawancara setelah kehilangan peluang penjualan'
		},
		segments: ['enterprise', 'government'],
		quality: 'relationship'
	},
	// Interest
	{
		touchPoint: 'discovery-meeting',
		text: {
			en: 'The customer must describe the same environment to the account manager, the architect and the project manager in turn.',
			id: 'Pelanggan harus menjelaskan kondisi yang sama secara bergantian kepada manajer akun, arsitek solusi, dan manajer proyek.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Annual customer interviews',
			id: 'Wawancara pelanggan tahunan'
		},
		segments: allSegments,
		quality: 'data',
		status: 'fix-planned',
		fix: {
			en: 'Keep one shared record of each customer’s environment and hand it over between the teams.',
			id: 'Simpan satu catatan bersama tentang kondisi setiap pelanggan dan serahkan catatan itu dari satu tim ke tim berikutnya.'
		},
		effort: 3,
		owner: accountManagement
	},
	{
		touchPoint: 'infrastructure-assessment',
		text: {
			en: 'The assessment report arrives six weeks later and recommends only the principal the integrator sells most.',
			id: 'Laporan asesmen baru datang enam minggu kemudian dan hanya merekomendasikan prinsipal yang paling banyak dijual integrator.'
		},
		frequency: 2,
		severity: 4,
		evidence: 'interview',
		source: {
			en: 'Lost-deal interviews',
			id: 'Wawancara setelah kehilangan peluang penjualan'
		},
		segments: ['enterprise'],
		quality: 'relationship'
	},
	// Desire
	{
		touchPoint: 'solution-design',
		text: {
			en: 'The proposed design does not integrate with the customer’s existing monitoring and backup systems.',
			id: 'Desain yang diusulkan tidak terintegrasi dengan sistem pemantauan dan pencadangan data yang sudah dimiliki pelanggan.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Customer escalation after a design review',
			id: 'Eskalasi pelanggan setelah tinjauan desain'
		},
		segments: ['enterprise'],
		quality: 'object',
		status: 'fix-planned',
		fix: {
			en: 'Add a checklist of the customer’s existing systems to every design review.',
			id: 'Tambahkan daftar periksa sistem yang sudah dimiliki pelanggan pada setiap tinjauan desain.'
		},
		effort: 2,
		owner: solutionArchitecture
	},
	{
		touchPoint: 'solution-design',
		text: {
			en: 'Architects work on too many pre-sales projects at once, and workshops are rescheduled at short notice.',
			id: 'Para arsitek menangani terlalu banyak proyek prapenjualan sekaligus, sehingga lokakarya sering dijadwal ulang secara mendadak.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'staff-report',
		source: {
			en: 'Pre-sales capacity report',
			id: 'Laporan kapasitas tim prapenjualan'
		},
		segments: allSegments,
		quality: 'infrastructure'
	},
	{
		touchPoint: 'proposal',
		text: {
			en: 'Proposals miss the customer’s deadline because price approvals from the principals take too long.',
			id: 'Proposal melewati tenggat pelanggan karena persetujuan harga dari prinsipal memakan waktu terlalu lama.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'staff-report',
		source: {
			en: 'Sales pipeline review',
			id: 'Tinjauan saluran penjualan (pipeline)'
		},
		segments: ['enterprise', 'government'],
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Agree standard discount levels with the principals at the start of each quarter.',
			id: 'Sepakati tingkat diskon standar dengan para prinsipal di awal setiap triwulan.'
		},
		effort: 3,
		owner: accountManagement
	},
	{
		touchPoint: 'proposal',
		text: {
			en: 'The bill of quantities lists part numbers that the buyer cannot compare with other offers.',
			id: 'Daftar kuantitas hanya mencantumkan nomor komponen yang tidak bisa dibandingkan pembeli dengan penawaran lain.'
		},
		frequency: 3,
		severity: 2,
		evidence: 'interview',
		source: {
			en: 'Annual customer interviews',
			id: 'Wawancara pelanggan tahunan'
		},
		segments: ['mid-size', 'government'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'Every line now has a plain description next to its part number.',
			id: 'Setiap baris kini diberi keterangan yang mudah dipahami di samping nomor komponennya.'
		},
		effort: 1,
		owner: solutionArchitecture
	},
	{
		touchPoint: 'procurement',
		text: {
			en: 'A tender bid was disqualified because one certificate among the administrative documents had expired.',
			id: 'Sebuah penawaran tender digugurkan karena salah satu sertifikat dalam dokumen administrasi sudah kedaluwarsa.'
		},
		frequency: 2,
		severity: 5,
		evidence: 'staff-report',
		source: {
			en: 'Tender loss analysis',
			id: 'Analisis kekalahan tender'
		},
		segments: ['government'],
		quality: 'process',
		status: 'fixed',
		fix: {
			en: 'A bid coordinator keeps a register of certificates and checks every submission against the tender checklist.',
			id: 'Seorang koordinator tender mengelola daftar sertifikat dan memeriksa setiap dokumen penawaran dengan daftar periksa tender.'
		},
		effort: 2,
		owner: bidTeam
	},
	{
		touchPoint: 'procurement',
		text: {
			en: 'Clarification questions from the procurement committee wait for days while the account manager waits for an architect.',
			id: 'Pertanyaan klarifikasi dari panitia pengadaan tertunda berhari-hari karena manajer akun menunggu jawaban arsitek solusi.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'staff-report',
		source: {
			en: 'Tender loss analysis',
			id: 'Analisis kekalahan tender'
		},
		segments: ['government', 'enterprise'],
		quality: 'process'
	},
	// Action
	{
		touchPoint: 'demo',
		text: {
			en: 'The demo works in the integrator’s lab but fails when it is repeated in the customer’s own network.',
			id: 'Demo berjalan lancar di laboratorium integrator tetapi gagal saat diulang di jaringan pelanggan sendiri.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'observation',
		source: {
			en: 'Demo debriefs by the solution architects',
			id: 'Evaluasi demo oleh para arsitek solusi'
		},
		segments: ['enterprise', 'mid-size'],
		quality: 'infrastructure',
		status: 'fix-planned',
		fix: {
			en: 'Run a short proof of concept in the customer’s network before the decision meeting.',
			id: 'Jalankan uji konsep singkat di jaringan pelanggan sebelum rapat pengambilan keputusan.'
		},
		effort: 4,
		owner: solutionArchitecture
	},
	{
		touchPoint: 'demo',
		text: {
			en: 'The demo shows features of a higher licence tier than the one quoted in the offer.',
			id: 'Demo menampilkan fitur dari tingkat lisensi yang lebih tinggi daripada yang tercantum dalam penawaran.'
		},
		frequency: 2,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Customer complaints after go-live',
			id: 'Keluhan pelanggan setelah go-live'
		},
		segments: ['mid-size'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'Demo environments are now set up with the licence tier that is quoted.',
			id: 'Lingkungan demo kini disiapkan dengan tingkat lisensi yang sama dengan yang ditawarkan.'
		},
		effort: 1,
		owner: solutionArchitecture
	},
	{
		touchPoint: 'contract',
		text: {
			en: 'The SLA in the contract differs from the one presented in the proposal.',
			id: 'SLA di dalam kontrak berbeda dengan SLA yang dipaparkan dalam proposal.'
		},
		frequency: 2,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Escalation by a customer’s legal team',
			id: 'Eskalasi dari tim hukum pelanggan'
		},
		segments: ['enterprise'],
		quality: 'relationship',
		status: 'fix-planned',
		fix: {
			en: 'Check the contract SLA against the proposal before the draft is sent.',
			id: 'Cocokkan SLA dalam kontrak dengan proposal sebelum draf dikirim.'
		},
		effort: 1,
		owner: accountManagement
	},
	{
		touchPoint: 'contract',
		text: {
			en: 'Contract drafts are sent as scanned files, so the customer’s legal team has to retype its comments.',
			id: 'Draf kontrak dikirim dalam bentuk hasil pindaian, sehingga tim hukum pelanggan harus mengetik ulang catatannya.'
		},
		frequency: 2,
		severity: 2,
		evidence: 'observation',
		source: {
			en: 'Contract negotiation walk-through',
			id: 'Penelusuran proses negosiasi kontrak'
		},
		segments: ['enterprise', 'government'],
		quality: 'process'
	},
	// Satisfaction
	{
		touchPoint: 'accompanied-implementation',
		text: {
			en: 'The implementation team does not know what the account manager promised, so agreed features are missing at go-live.',
			id: 'Tim implementasi tidak tahu apa yang dijanjikan manajer akun, sehingga fitur yang sudah disepakati tidak tersedia saat go-live.'
		},
		frequency: 4,
		severity: 4,
		evidence: 'complaint',
		source: {
			en: 'Project escalations',
			id: 'Eskalasi proyek'
		},
		segments: allSegments,
		quality: 'process',
		status: 'fix-planned',
		fix: {
			en: 'Hold a handover meeting from sales to delivery, with the customer present, before every project starts.',
			id: 'Adakan rapat serah terima dari tim penjualan ke tim implementasi, dengan kehadiran pelanggan, sebelum setiap proyek dimulai.'
		},
		effort: 2,
		owner: projectManagement
	},
	{
		touchPoint: 'accompanied-implementation',
		text: {
			en: 'A go-live was scheduled during the customer’s month-end closing and disrupted its finance systems.',
			id: 'Jadwal go-live ditetapkan bertepatan dengan tutup buku akhir bulan pelanggan sehingga mengganggu sistem keuangannya.'
		},
		frequency: 1,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Project escalations',
			id: 'Eskalasi proyek'
		},
		segments: ['enterprise'],
		quality: 'process',
		status: 'fixed',
		fix: {
			en: 'Go-live dates are now agreed against the customer’s change calendar.',
			id: 'Tanggal go-live kini disepakati dengan mengacu pada kalender perubahan milik pelanggan.'
		},
		effort: 1,
		owner: projectManagement
	},
	{
		touchPoint: 'accompanied-implementation',
		text: {
			en: 'Government projects finish after the budget year has closed, and payment slips into the next year.',
			id: 'Proyek pemerintah selesai setelah tahun anggaran ditutup, sehingga pembayarannya tergeser ke tahun berikutnya.'
		},
		frequency: 3,
		severity: 4,
		evidence: 'staff-report',
		source: {
			en: 'Finance review of receivables',
			id: 'Tinjauan piutang oleh bagian keuangan'
		},
		segments: ['government'],
		quality: 'process'
	},
	{
		touchPoint: 'service-desk',
		text: {
			en: 'Priority incidents wait beyond the SLA, and the customer is not told who is working on them.',
			id: 'Insiden prioritas tertahan melewati batas SLA, dan pelanggan tidak diberi tahu siapa yang menanganinya.'
		},
		frequency: 3,
		severity: 5,
		evidence: 'complaint',
		source: {
			en: 'Service-desk tickets and monthly SLA reports',
			id: 'Tiket service desk dan laporan SLA bulanan'
		},
		segments: ['enterprise', 'government'],
		quality: 'infrastructure'
	},
	{
		touchPoint: 'service-desk',
		text: {
			en: 'The service desk asks for the contract number on every call, even from contacts it knows well.',
			id: 'Service desk selalu menanyakan nomor kontrak di setiap panggilan, bahkan kepada kontak yang sudah sangat dikenal.'
		},
		frequency: 4,
		severity: 1,
		evidence: 'survey',
		source: {
			en: 'Satisfaction survey after ticket closure',
			id: 'Survei kepuasan setelah tiket ditutup'
		},
		segments: ['mid-size'],
		quality: 'data',
		status: 'fixed',
		fix: {
			en: 'Callers are now identified by their phone number and email address.',
			id: 'Penelepon kini dikenali dari nomor telepon dan alamat emailnya.'
		},
		effort: 2,
		owner: support
	},
	{
		touchPoint: 'follow-up-review',
		text: {
			en: 'The account manager only calls again when the support contract is due for renewal.',
			id: 'Manajer akun baru menghubungi lagi ketika kontrak dukungan akan diperpanjang.'
		},
		frequency: 4,
		severity: 3,
		evidence: 'survey',
		source: {
			en: 'Annual customer satisfaction survey',
			id: 'Survei kepuasan pelanggan tahunan'
		},
		segments: ['mid-size', 'enterprise'],
		quality: 'relationship',
		status: 'fix-planned',
		fix: {
			en: 'Hold a quarterly service review with each customer, covering incidents, SLA and ideas for improvement.',
			id: 'Adakan tinjauan layanan setiap triwulan bersama setiap pelanggan untuk membahas insiden, SLA, dan gagasan perbaikan.'
		},
		effort: 2,
		owner: accountManagement
	},
	{
		touchPoint: 'follow-up-review',
		text: {
			en: 'The training for the customer’s IT staff promised in the contract is never scheduled.',
			id: 'Pelatihan bagi staf TI pelanggan yang dijanjikan dalam kontrak tidak pernah dijadwalkan.'
		},
		frequency: 2,
		severity: 3,
		evidence: 'interview',
		source: {
			en: 'Annual customer interviews',
			id: 'Wawancara pelanggan tahunan'
		},
		segments: ['government', 'mid-size'],
		quality: 'relationship'
	}
];

export const itIntegratorTemplate: JourneyTemplate = {
	...templateInfo('it-integrator'),
	stages: personalSellingStages,
	touchPoints,
	segments,
	frustrations
};
