/** Bahasa Indonesia: the words of the journey list and every page's frame are in id-core.ts. */
import type { FileIssue } from '$lib/io/file-issues';
import type { ImportUndoneReport, Messages } from './en';
import type { MermaidProblem } from '$lib/io/mermaid-parse';
import { idCore } from './id-core';

function mermaidProblem(problem: MermaidProblem): string {
	const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
	switch (problem.kind) {
		case 'empty':
			return 'Tidak ada diagram: tempelkan diagram journey Mermaid, yang diawali “journey”.';
		case 'no-diagram':
			return 'Tidak ada blok ```mermaid berisi diagram journey di dalamnya.';
		case 'not-journey':
			return `Baris ${problem.line} diawali “${short(problem.found)}”: ini bukan diagram journey Mermaid (yang diawali “journey”).`;
		case 'not-understood':
			return `Baris ${problem.line} bukan judul, section, atau tugas: “${short(problem.text)}”.`;
		case 'no-score':
			return `Baris ${problem.line}: tugas memerlukan skor setelah titik dua, seperti “Bikin teh: 5: Saya”.`;
		case 'bad-score':
			return `Baris ${problem.line}: skor “${short(problem.score)}” bukan bilangan bulat dari 1 sampai 5.`;
		case 'no-name':
			return `Baris ${problem.line}: namanya tidak ada.`;
		case 'colon-in-section':
			return `Baris ${problem.line}: nama section tidak boleh berisi “:”.`;
		case 'unclosed-description':
			return `Baris ${problem.line}: “accDescr {” tidak pernah ditutup dengan “}”.`;
		case 'too-long':
			return `Baris ${problem.line}: sebuah nama atau teks lebih dari ${problem.limit} karakter.`;
		case 'too-many':
			return `Diagram berisi lebih dari ${problem.limit} section, tugas, atau aktor.`;
	}
}

const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 102.4) / 10} MB`;
const between = (min?: number, max?: number) =>
	min !== undefined && max !== undefined
		? `antara ${min} dan ${max}`
		: min !== undefined
			? `paling sedikit ${min}`
			: `paling banyak ${max}`;
const references: Record<string, string> = {
	stage: 'tahap',
	'touch point': 'titik sentuh',
	segment: 'segmen',
	participant: 'peserta'
};
const types: Record<string, string> = {
	string: 'teks',
	number: 'angka',
	boolean: 'ya/tidak',
	array: 'daftar',
	object: 'objek'
};

function fileIssue(issue: FileIssue): string {
	const at = issue.path || 'Berkas';
	switch (issue.rule) {
		case 'range':
			return `${at} harus ${between(issue.min, issue.max)}`;
		case 'length':
			return issue.min && !issue.max
				? `${at} tidak boleh kosong`
				: `panjang ${at} harus ${between(issue.min, issue.max)} karakter`;
		case 'count':
			return `${at} berisi terlalu banyak butir${issue.max ? ` (paling banyak ${issue.max})` : ''}`;
		case 'type':
			return issue.expected === 'int'
				? `${at} harus bilangan bulat`
				: `${at} tidak ada atau bukan ${types[issue.expected] ?? issue.expected}`;
		case 'choice':
			return `${at} harus salah satu dari: ${issue.values.join(', ')}`;
		case 'format':
			return `${at} bukan ${issue.format === 'uuid' ? 'id' : issue.format} yang sah`;
		case 'integer':
			return `${at} harus bilangan bulat`;
		case 'duplicate-id':
			return `${at} dipakai dua kali dalam berkas`;
		case 'missing-reference':
			return `${at} merujuk ke ${references[issue.what] ?? 'butir'} yang tidak ada dalam berkas`;
		case 'invalid':
			return `${at} tidak sah`;
	}
}

const issueList = (issues: FileIssue[], more: number) =>
	issues.map(fileIssue).join('; ') + (more ? `; dan ${more} masalah lain` : '');

export const id: Messages = {
	...idCore,
	tagline: 'Perjalanan pelanggan, titik sentuh, dan apa yang perlu diperbaiki lebih dulu',
	save: 'Simpan',
	undo: 'Urungkan',
	allJourneys: 'Semua perjalanan',
	openJourney: (name) => `Buka ${name}`,
	journeyMenu: 'Perjalanan',
	journeyMenuLabel: 'Ganti nama, gandakan, atau hapus perjalanan',
	showMore: 'Tampilkan lebih banyak',
	showLess: 'Tampilkan lebih sedikit',
	renameJourney: 'Ganti nama perjalanan',
	deleteJourney: 'Hapus perjalanan',
	journeyDeleted: (name) => `“${name}” dihapus.`,
	journeyNotFound: 'Perjalanan ini tidak ada di peramban ini. Mungkin sudah dihapus.',
	steps: 'Langkah',
	worstCase: 'Kemungkinan terburuk',
	noFrustrations: 'Belum ada frustrasi',
	priority: 'Prioritas',
	priorityScore: (score) => `Prioritas ${score}`,
	notRated: 'Belum dinilai',
	notRatedYetCount: (n) => `${n} belum dinilai`,
	frequencyValue: (level) => `Frekuensi: ${level}`,
	severityValue: (level) => `Keparahan: ${level}`,
	bands: { critical: 'Kritis', high: 'Tinggi', medium: 'Sedang', low: 'Rendah' },
	risks: {
		'lost-sale': 'Kehilangan penjualan',
		'lost-repurchase': 'Kehilangan pembelian ulang'
	},
	riskOfStage: (risk) => `Risiko: ${risk}`,
	frequencyLevels: {
		never: 'tidak pernah',
		rarely: 'jarang',
		sometimes: 'kadang-kadang',
		often: 'sering',
		always: 'selalu'
	},
	severityLevels: {
		cosmetic: 'kosmetik',
		minor: 'ringan',
		moderate: 'sedang',
		major: 'berat',
		critical: 'kritis'
	},
	phoneWorkshop: {
		joinTitle: 'Ikut lokakarya',
		codeIntro: 'Ketik kode yang tampil di proyektor, atau pindai kode QR-nya.',
		joinCode: 'Kode gabung',
		badCode: 'Kode ini belum lengkap: sepuluh huruf dan angka, seperti ABCDE-12345.',
		unknownCode:
			'Tidak ada lokakarya yang berjalan dengan kode ini: mungkin sudah selesai. Periksa kode di proyektor.',
		stage: (name) => `Tahap: ${name}`,
		position: (n, total) => `Titik sentuh ${n} dari ${total}`,
		previous: 'Sebelumnya',
		next: 'Berikutnya',
		browse: 'Titik sentuh',
		facilitatorHere: 'Fasilitator ada di sini.',
		toFacilitator: 'Kembali ke fasilitator',
		blind: 'Hanya Anda yang melihat penilaian Anda sampai fasilitator membuka jawaban ruangan.',
		closed: 'Penilaian ditutup',
		room: (measure, mean, label) => `${measure}: ${mean} ${label}`,
		noRatings: 'Belum ada yang menilai ini.',
		differ: 'Penilaian berbeda — diskusikan',
		noFrustrations: 'Belum ada frustrasi di sini: tambahkan yang pertama di bawah.',
		noTouchPoints: 'Perjalanan ini belum punya titik sentuh.',
		newFrustration: 'Frustrasi baru',
		add: 'Tambah frustrasi',
		thanks: 'Terima kasih — lokakarya telah selesai',
		thanksDetail: 'Penilaian Anda sudah masuk. Anda boleh menutup halaman ini.',
		notReached: (n: number) =>
			`${n} penilaian Anda tidak sampai ke lokakarya sebelum selesai; penilaian itu tetap tersimpan di ponsel ini.`
	},
	segments: 'Segmen',
	map: 'Peta',
	journeyViews: 'Tampilan perjalanan',
	redo: 'Ulangi',
	undoShortcut: 'Urungkan (Ctrl+Z)',
	redoShortcut: 'Ulangi (Ctrl+Shift+Z)',
	edits: {
		'edit journey': 'rincian perjalanan',
		edit: 'ubahan',
		move: 'pemindahan',
		'add stage': 'tambah tahap',
		'add step': 'tambah langkah',
		'add touch point': 'tambah titik sentuh',
		'add frustration': 'tambah frustrasi',
		'add segment': 'tambah segmen',
		'remove stage': 'hapus tahap',
		'remove step': 'hapus langkah',
		'remove touch point': 'hapus titik sentuh',
		'remove frustration': 'hapus frustrasi',
		'remove segment': 'hapus segmen',
		'set emotion': 'emosi',
		'add participant': 'tambah peserta',
		'remove participant': 'hapus peserta',
		'clear ratings': 'hapus penilaian',
		'merge participants': 'gabung peserta',
		rate: 'penilaian',
		'import ratings': 'impor penilaian',
		'restore version': 'pemulihan versi',
		'put back': 'pengembalian'
	},
	undone: (what) => `Diurungkan: ${what}`,
	redone: (what) => `Diulangi: ${what}`,
	saved: 'Tersimpan',
	saving: 'Menyimpan…',
	notSaved: 'Belum tersimpan: mencoba lagi',
	duplicateJourney: 'Gandakan perjalanan',
	addStage: 'Tambah tahap',
	stageName: 'Nama tahap',
	editStage: (name) => `Ubah tahap ${name}`,
	doneEditing: 'Selesai',
	editorKeys: 'Perubahan tersimpan saat diketik · Esc atau Selesai menutup',
	stageRisk: 'Masalah di sini berisiko',
	moveStageLeft: 'Geser tahap ke kiri',
	moveStageRight: 'Geser tahap ke kanan',
	removeStage: 'Hapus tahap',
	addStep: 'Tambah langkah',
	stepName: 'Nama langkah',
	removeStep: (name) => `Hapus langkah ${name}`,
	moveStepUp: (name) => `Geser langkah ${name} ke atas`,
	moveStepDown: (name) => `Geser langkah ${name} ke bawah`,
	addTouchPoint: 'Tambah titik sentuh',
	touchPointName: 'Nama titik sentuh',
	touchPointDetails: (name) => `Rincian ${name}`,
	details: 'Rincian',
	channel: 'Saluran',
	noChannel: 'Belum diatur',
	channels: {
		'sales-visit': 'Kunjungan penjualan',
		exhibition: 'Pameran',
		'print-ad': 'Iklan cetak',
		radio: 'Radio',
		website: 'Situs web',
		'social-media': 'Media sosial (akun resmi)',
		'phone-hotline': 'Hotline telepon',
		email: 'Email',
		'customer-portal': 'Portal pelanggan',
		'delivery-team': 'Tim pengiriman',
		'store-staff': 'Staf toko',
		other: 'Lainnya'
	},
	ownerTeam: 'Tim penanggung jawab',
	mode: 'Pendekatan',
	modes: { proactive: 'Proaktif', reactive: 'Reaktif' },
	publicChannel: 'Saluran publik',
	publicHint: 'Keluhan yang sensitif sebaiknya dijawab secara pribadi.',
	prompt: 'Kemungkinan terburuk (pemicu)',
	notes: 'Catatan',
	move: 'Geser',
	moveLeft: 'Geser ke kiri',
	moveRight: 'Geser ke kanan',
	moveUp: 'Geser ke atas',
	moveDown: 'Geser ke bawah',
	dragToMove: (name) => `Seret ${name} untuk memindahkannya`,
	movedTo: (name, stage, position, count) =>
		`${name} dipindahkan ke ${stage}, posisi ${position} dari ${count}`,
	removeTouchPoint: 'Hapus titik sentuh',
	removed: (name) => `${name} dihapus`,
	addFrustration: 'Tambah frustrasi',
	frustration: 'Frustrasi',
	newFrustrationHint: 'Enter menambahkan; Escape menutup.',
	editFrustration: 'Ubah frustrasi',
	frequency: 'Frekuensi',
	severity: 'Keparahan',
	evidence: 'Bukti',
	evidenceKinds: {
		observation: 'Observasi',
		complaint: 'Keluhan',
		survey: 'Survei',
		interview: 'Wawancara',
		'staff-report': 'Laporan staf',
		'mystery-shopper': 'Pembeli misterius'
	},
	source: 'Sumber',
	status: 'Status',
	statuses: { open: 'Terbuka', 'fix-planned': 'Perbaikan direncanakan', fixed: 'Sudah diperbaiki' },
	fix: 'Perbaikan',
	effort: 'Upaya',
	effortLevels: ['sangat kecil', 'kecil', 'sedang', 'besar', 'sangat besar'],
	owner: 'Penanggung jawab',
	quality: 'Dimensi kualitas',
	qualities: {
		object: 'Objek (produk)',
		process: 'Proses',
		infrastructure: 'Infrastruktur',
		relationship: 'Hubungan',
		atmosphere: 'Suasana',
		data: 'Data'
	},
	notSet: 'Belum diatur',
	affectedSegments: 'Segmen yang terdampak',
	removeFrustration: 'Hapus frustrasi',
	emotion: 'Emosi',
	emotionOf: (segment) => `Perasaan ${segment}`,
	emotions: ['kesal', 'kecewa', 'netral', 'senang', 'sangat senang'],
	clearEmotion: 'Hapus',
	nameEmpty: 'Nama tidak boleh kosong.',
	textEmpty: 'Jelaskan frustrasinya.',
	searchFrustrations: 'Cari frustrasi',
	searchResults: (n) => `${n} frustrasi cocok`,
	clearSearch: 'Hapus pencarian',
	showAll: (n) => `Tampilkan semua ${n}`,
	showFewer: 'Tampilkan lebih sedikit',
	addSegment: 'Tambah segmen',
	segmentName: 'Nama segmen',
	newSegment: 'Segmen baru',
	kind: 'Jenis',
	needs: 'Kebutuhan',
	size: 'Ukuran atau porsi',
	marketingMix: 'Bauran pemasaran',
	mixElements: { product: 'Produk', price: 'Harga', promotion: 'Promosi', place: 'Distribusi' },
	emphasis: 'Penekanan',
	emphasisLevels: ['minimal', 'rendah', 'sedang', 'tinggi', 'utama'],
	removeSegment: 'Hapus segmen',
	noSegments: 'Belum ada segmen. Tambahkan kelompok pelanggan yang dilayani perjalanan ini.',
	segmentsIntro:
		'Setiap segmen membutuhkan bauran pemasarannya sendiri: apa yang ditawarkan, berapa harganya, bagaimana mereka mengetahuinya, dan di mana mereka membeli.',
	kindGuidance: 'Dasar hubungan B2C dan B2B',
	guidance: {
		aspect: 'Aspek',
		rows: [
			[
				'Hubungan bertumpu pada',
				'Emosi dan pengalaman pengguna',
				'Efisiensi dan layanan yang terjamin'
			],
			[
				'Siklus penjualan',
				'Pendek, volume tinggi',
				'Panjang (berminggu-minggu hingga berbulan-bulan: tender, negosiasi, uji coba), nilai tinggi'
			],
			[
				'Peran CRM',
				'Promosi dan hadiah yang dipersonalisasi',
				'Tingkat layanan (SLA), purnajual, integrasi sistem'
			],
			['Loyalitas didorong oleh', 'Merek dan manfaat', 'Hubungan dan stabilitasnya']
		]
	},
	fileIssue,
	readProblem: (file, problem) => {
		switch (problem.kind) {
			case 'too-large':
				return `${file} berukuran ${megabytes(problem.bytes)}, melebihi batas ${megabytes(problem.limit)} per berkas.`;
			case 'empty':
				return `${file} kosong.`;
			case 'not-json':
				return `${file} bukan berkas Touchpoint: Touchpoint membuka perjalanan (.json, disimpan dengan Ekspor JSON), cadangan (.json, disimpan dengan Cadangkan semua) atau diagram perjalanan Mermaid (.mmd, atau Markdown yang memuatnya).${/\.csv$/i.test(file) ? ' Penilaian survei dalam CSV dimasukkan di tampilan Lokakarya, dengan Impor penilaian.' : ''}`;
			case 'truncated':
				return `${file} terpotong sebelum akhir; mungkin tidak terunduh atau tersalin utuh.`;
			case 'wrong-format':
				return problem.found
					? `${file} adalah berkas “${problem.found}”, bukan perjalanan atau cadangan Touchpoint.`
					: `${file} berisi JSON, tetapi bukan perjalanan atau cadangan Touchpoint.`;
			case 'future-version':
				return `${file} ditulis oleh versi Touchpoint yang lebih baru (format ${problem.version}); perbarui aplikasi untuk membukanya.`;
			case 'unknown-version':
				return `${file} tidak menyebutkan versi format yang dipakainya.`;
			case 'invalid':
				return `${file} bukan perjalanan yang sah: ${problem.issues.map(fileIssue).join('; ')}${
					problem.more ? `; dan ${problem.more} masalah lain` : ''
				}.`;
			case 'mermaid':
				return `${file}: ${mermaidProblem(problem.problem)}`;
		}
	},
	mermaid: {
		copy: 'Salin sebagai Mermaid',
		download: 'Unduh Mermaid',
		copied: 'Diagram Mermaid disalin',
		copyByHand: 'Diagram Mermaid: pilih lalu salin',
		importTitle: 'Impor diagram journey Mermaid',
		importHelp:
			'Tempelkan diagram journey Mermaid, atau Markdown yang memuatnya dalam blok ```mermaid, atau buka berkas .mmd atau .md. Section menjadi tahap, tugas menjadi titik sentuh, aktor menjadi segmen, dan setiap skor menjadi perasaan mereka di sana.',
		diagram: 'Diagram Mermaid',
		openFile: 'Buka berkas…',
		import: 'Impor',
		nothingImported: 'Tidak ada yang diimpor.',
		names: { untitled: 'Perjalanan Mermaid', unsectioned: 'Tugas', everyone: 'Semua orang' },
		problem: (problem) => mermaidProblem(problem)
	},
	// Tabs on the same journey
	changedInAnotherTab: 'Diperbarui dari tab lain',
	refusedEdits: (r) => {
		const kinds = {
			stages: 'tahap',
			steps: 'langkah',
			touchPoints: 'titik sentuh',
			frustrations: 'frustrasi',
			segments: 'segmen',
			participants: 'peserta'
		};
		if (r.kind === 'journey-gone') {
			return 'Perjalanan ini dihapus atau diganti di tab lain, jadi perubahan terakhir Anda di sini tidak disimpan.';
		}
		const lead =
			r.from === 'store' ? '' : `${r.from === 'undo' ? 'Urungkan' : 'Ulangi'} melewatkan `;
		if (r.kind === 'many') {
			return r.from === 'store'
				? `${r.count} perubahan tidak disimpan: tempatnya dihapus di tab lain.`
				: `${lead}${r.count} perubahan: tempatnya dihapus di tab lain.`;
		}
		if (r.reason === 'untagged') {
			return `“${r.name}” disimpan tanpa penilaian atau tag yang Anda berikan: peserta atau segmen yang disebutnya dihapus di tab lain.`;
		}
		const why =
			r.reason === 'foreign'
				? 'ID-nya milik perjalanan lain'
				: r.place
					? `${kinds[r.place.collection]}${r.place.name ? ` “${r.place.name}”` : ''} tempatnya dihapus di tab lain`
					: 'item ini dihapus di tab lain';
		return r.from === 'store'
			? `“${r.name}” tidak disimpan: ${why}.`
			: `${lead}“${r.name}”: ${why}.`;
	},
	putBackNowhere:
		'Tidak ada tempat untuk mengembalikannya: perjalanan ini tidak punya titik sentuh atau tahap lagi.',
	recoveredItems: 'Item yang dipulihkan',
	strayItemsGathered: (n) =>
		`${n} item kehilangan tempatnya di perjalanan ini. Tidak ada yang hilang: semuanya dikumpulkan di tahap “Item yang dipulihkan” di akhir peta, untuk dipindahkan atau dihapus.`,
	putBack: 'Kembalikan',
	// Sharing: export, import, backup and restore, share links, print
	shareMenu: 'Bagikan',
	shareMenuLabel: 'Bagikan, ekspor, dan cetak',
	exportJson: 'Ekspor JSON',
	exportCsv: 'Ekspor CSV',
	copyShareLink: 'Salin tautan berbagi',
	print: 'Cetak',
	csvHeadings: {
		touchPoint: 'Titik sentuh',
		stage: 'Tahap',
		text: 'Frustrasi',
		frequency: 'Frekuensi',
		severity: 'Keparahan',
		score: 'Prioritas',
		band: 'Tingkat',
		risk: 'Risiko',
		status: 'Status',
		fix: 'Perbaikan',
		effort: 'Upaya',
		owner: 'Penanggung jawab',
		segments: 'Segmen'
	},
	shareLinkCopied:
		'Tautan berbagi disalin. Peta ada di dalam tautan; tidak ada server yang melihatnya.',
	shareLinkTooLong: (length, limit) =>
		`Peta ini terlalu besar untuk tautan (${length.toLocaleString('id')} karakter; tautan harus di bawah ${limit.toLocaleString('id')}). Kirim berkas JSON saja.`,
	copyByHand: 'Peramban ini tidak mengizinkan aplikasi menyalin. Salin tautannya dari sini:',
	// Live sessions: several people on one journey at once
	live: {
		start: 'Mulai sesi langsung',
		title: 'Sesi langsung',
		host: 'Tuan rumah',
		checking: 'Mencari server Touchpoint…',
		needsServer:
			'Sesi langsung memerlukan server Touchpoint: salinan aplikasi ini disajikan sebagai berkas biasa. Jalankan dengan `npm start` (lihat README, “Live sessions”), lalu buka perjalanan dari sana.',
		intro:
			'Kirim tautan kepada setiap orang yang bergabung. Editor mengubah semuanya; peserta menambahkan frustrasi dan menilainya. Setiap orang menyimpan salinan perjalanan di perambannya.',
		editorLink: 'Tautan editor',
		participantLink: 'Tautan peserta',
		copy: 'Salin',
		copyEditorLink: 'Salin tautan editor',
		copyParticipantLink: 'Salin tautan peserta',
		copied: 'Tautan disalin.',
		copyHint: 'Tautan sudah dipilih: salin dengan Ctrl+C (⌘C di Mac).',
		stop: 'Hentikan sesi langsung',
		stopped: 'Sesi langsung telah berakhir. Setiap orang tetap menyimpan salinan perjalanannya.',
		startFailed: (why) => `Sesi langsung tidak dapat dimulai: ${why}`,
		status: (n) => `Langsung · ${n} orang`,
		connecting: 'Menghubungkan…',
		reconnecting: 'Menghubungkan ulang…',
		offline: 'Luring — suntingan tersimpan',
		refused: 'Tidak diizinkan masuk',
		peopleHere: 'Orang di sini',
		you: 'Anda',
		editingBy: (name) => `${name} sedang menyunting ini`,
		readOnly:
			'Anda bergabung sebagai peserta: Anda dapat menambah frustrasi dan memberi penilaian sendiri; selebihnya hanya dapat dibaca di sini.',
		joinTitle: 'Bergabung dengan sesi langsung',
		joinIntro: 'Perjalanan disalin ke peramban ini dan tetap ada di sini setelah sesi.',
		yourName: 'Nama Anda',
		yourNameRequired: 'Isi nama yang akan dilihat peserta lain.',
		join: 'Gabung',
		joining: 'Bergabung…',
		badLink:
			'Tautan ini tidak lengkap. Minta tautannya lagi, dan buka seluruhnya (termasuk semua yang ada setelah “#”).',
		refusedSecret:
			'Tautan ini tidak diterima: sesinya telah berakhir, atau tautannya bukan yang dibagikan. Minta tautannya lagi kepada penyelenggara sesi.',
		noServer:
			'Server Touchpoint tidak menjawab. Sesi langsung memerlukannya berjalan (`npm start`) di alamat tautan itu.'
	},
	importIntro:
		'Berkas perjalanan (.journey.json) atau cadangan; berkas juga dapat dijatuhkan di halaman ini.',
	readingFile: (file) => `Membaca ${file}`,
	importing: 'Mengimpor…',
	importFailed: (n) =>
		n === 1
			? 'Satu berkas tidak diimpor; tidak ada isinya yang ditulis:'
			: `${n} berkas tidak diimpor; tidak ada isinya yang ditulis:`,
	importDone: 'Impor selesai',
	restoreDone: 'Pemulihan selesai',
	journeysRestored: (n) => `${n} perjalanan dipulihkan.`,
	journeysImported: (n) => `${n} perjalanan diimpor.`,
	damagedJourneys: (n) =>
		n === 1
			? 'Satu perjalanan dalam berkas rusak dan tidak ditulis (tidak ada bagiannya yang berubah di sini):'
			: `${n} perjalanan dalam berkas rusak dan tidak ditulis (tidak ada bagiannya yang berubah di sini):`,
	damagedJourney: ({ name, index, issues, more }) =>
		`${name ? `“${name}”` : `Perjalanan ke-${index + 1} dalam berkas`}: ${issueList(issues, more)}.`,
	backupIncomplete: 'Cadangan ini tidak dapat dipulihkan seutuhnya',
	backupDamaged: (n, total) =>
		`Berkas sudah diunduh, tetapi ${n} dari ${total} perjalanan di dalamnya tidak dapat dipulihkan, jadi berkas ini belum dihitung sebagai cadangan:`,
	backupFault: (name, fault) => {
		switch (fault.kind) {
			case 'invalid':
				return `“${name}”: ${issueList(fault.issues, fault.more)}.`;
			case 'missing':
				return `“${name}” tidak ada di dalam berkas.`;
			case 'changed':
				return `“${name}” terbaca berbeda dari yang tersimpan.`;
		}
	},
	backupOthersRestore:
		'Perjalanan lain di dalamnya dapat dipulihkan. Selama belum ada cadangan yang terbaca utuh, tanggal cadangan terakhir tidak berubah.',
	backupUnreadable:
		'Berkas sudah diunduh, tetapi tidak dapat dipulihkan, jadi belum dihitung sebagai cadangan:',
	importedAs: {
		created: (name) => `“${name}” diimpor.`,
		replaced: (name) => `“${name}” diganti (versi sebelumnya disimpan sebagai cuplikan).`,
		copied: (name) => `Keduanya disimpan: diimpor sebagai “${name}”.`,
		merged: (name) => `Digabung ke “${name}”.`,
		skipped: (name) => `“${name}” dilewati.`
	},
	mergeSummary: (added, updated, kept) =>
		`${added} ditambahkan, ${updated} diperbarui, ${kept} tetap`,
	mergeCollections: {
		stages: 'Tahap',
		steps: 'Langkah',
		touchPoints: 'Titik sentuh',
		frustrations: 'Frustrasi',
		segments: 'Segmen',
		participants: 'Peserta'
	},
	upgradedFrom: (version) => `Ditingkatkan dari format ${version}.`,
	undoImport: 'Batalkan impor',
	undoRestore: 'Batalkan pemulihan',
	importUndone: (undone: ImportUndoneReport, reason: 'import' | 'restore') => {
		const what = reason === 'restore' ? 'pemulihan' : 'impor';
		const back = undone.putBack.filter((j) => !j.keptSince).map((j) => j.name);
		const backKept = undone.putBack.filter((j) => j.keptSince).map((j) => j.name);
		const parts = [reason === 'restore' ? 'Pemulihan dibatalkan.' : 'Impor dibatalkan.'];
		if (undone.removed.length > 0) parts.push(`Dihapus: ${quoted(undone.removed)}.`);
		if (back.length > 0) parts.push(`${quoted(back)} kembali seperti sebelum ${what}.`);
		if (backKept.length > 0) {
			parts.push(
				`${quoted(backKept)} kembali seperti sebelum ${what}; isinya sejak itu disimpan di riwayat versinya.`
			);
		}
		if (undone.editedSince.length > 0) {
			parts.push(
				`${quoted(undone.editedSince)} tetap disimpan: sudah diubah sejak ${what}, jadi tidak dihapus.`
			);
		}
		if (undone.notPutBack.length > 0) {
			parts.push(
				`${quoted(undone.notPutBack)} tidak dapat dikembalikan: versi dari sebelum ${what} sudah tidak ada.`
			);
		}
		return parts.join(' ');
	},
	conflictTitle: (name) => `“${name}” sudah ada di sini`,
	conflictText:
		'Peramban ini sudah memiliki perjalanan ini, mungkin sudah diubah sejak diekspor. Apa yang harus dilakukan?',
	replace: 'Ganti',
	replaceHint: 'Pakai peta yang diimpor. Peta di sini disimpan sebagai cuplikan.',
	keepBoth: 'Simpan keduanya',
	keepBothHint: 'Tambahkan peta yang diimpor sebagai salinan terpisah.',
	merge: 'Gabungkan',
	mergeHint:
		'Gabungkan keduanya: untuk tiap butir, suntingan terbaru yang dipakai; tidak ada yang dihapus; penilaian peserta digabung.',
	skip: 'Lewati',
	skipHint: 'Biarkan perjalanan di sini apa adanya.',
	shareLinkBroken:
		'Tautan berbagi ini tidak lengkap atau rusak (mungkin terpotong saat dikirim). Minta tautannya lagi, atau berkas JSON-nya.',
	// Workshop mode (issue 7): participants, the rating grid, the walk-through and the report
	meansOfRatings: (n) => `Rata-rata penilaian ${n} peserta`,
	meansShort: (ratings, n) => `${ratings} · ${n} penilaian`,
	workshop: {
		link: 'Lokakarya',
		intro:
			'Jalankan sesi langsung dari satu papan ketik: catat siapa yang ikut, telusuri perjalanan titik sentuh demi titik sentuh untuk mengumpulkan frustrasi, lalu nilai bersama.',
		participants: 'Peserta',
		addParticipant: 'Tambah peserta',
		participantName: 'Nama atau inisial',
		participantField: (n) => `Peserta ${n}`,
		removeParticipant: (name) => `Hapus ${name}`,
		noParticipants:
			'Belum ada peserta. Tambahkan orang-orang di ruangan, dengan nama atau inisial.',
		startWalkThrough: 'Mulai penelusuran',
		resumeWalkThrough: (n) => `Dilanjutkan di titik sentuh ${n}`,
		sessionReport: 'Laporan sesi',
		timer: 'Pengatur waktu per langkah',
		timerOff: 'Mati',
		minutes: (n) => `${n} menit`,
		ratings: 'Penilaian',
		ratingsHint:
			'Ketik 1–5 di sel: sel itu dinilai dan sel berikutnya siap, jadi satu baris diketik sekaligus. Enter turun ke bawah, tombol panah dan Tab berpindah antarsel, Delete menghapus. Rata-rata penilaian semua peserta menggantikan penilaian tunggal dalam prioritas dan grafik.',
		ratingsNeedParticipants: 'Tambahkan peserta untuk mengumpulkan penilaian mereka.',
		noFrustrations: 'Belum ada frustrasi: kumpulkan dalam penelusuran atau di peta.',
		ratingGrid: 'Penilaian per peserta',
		frequencyShort: 'F',
		severityShort: 'K',
		cell: (frustration, participant, measure) => `${frustration}, ${participant}, ${measure}`,
		cellRated: (participant, measure, value) => `${participant}, ${measure}: ${value}`,
		notRated: 'belum dinilai',
		mean: (measure) => `${measure} (rata-rata)`,
		spread: (min, max) => (min === max ? `semua ${min}` : `${min}–${max}`),
		ratingCount: (n) => `${n} penilaian`,
		ownRating: 'penilaian tunggal',
		filterStage: 'Tahap',
		allStages: 'Semua tahap',
		editorNote: (n) =>
			`${n} peserta menilai ini dalam lokakarya: rata-rata penilaian mereka yang menentukan prioritas, bukan penilaian tunggal di atas.`,
		ratedCount: (rated, total) => `${rated} dari ${total} dinilai peserta`
	},
	survey: {
		heading: 'Survei',
		intro:
			'Menilai dengan alat formulir: ekspor pertanyaannya, lalu impor CSV jawabannya. Setiap responden menjadi peserta.',
		exportTemplate: 'Ekspor templat survei',
		downloadQuestions: 'Unduh daftar pertanyaan',
		importRatings: 'Impor penilaian',
		needsFrustrations: 'Survei menanyakan setiap frustrasi: tambahkan dulu ke peta.',
		timestampColumn: 'Stempel waktu',
		nameColumn: 'Nama',
		howOften: 'Seberapa sering ini terjadi?',
		howBad: 'Seberapa parah akibatnya bagi pelanggan?',
		frequency: 'Frekuensi',
		severity: 'Keparahan',
		listAnswers: 'Jawab setiap pertanyaan dengan angka 1 sampai 5 atau katanya:',
		previewTitle: (file) => `Impor penilaian dari ${file}`,
		previewTable: 'Pratinjau impor',
		column: 'Kolom',
		importsAs: 'Diimpor sebagai',
		answers: 'Jawaban',
		columnImportsAs: (column, heading) => `Kolom ${column} (${heading}) diimpor sebagai`,
		notImported: 'Tidak diimpor',
		respondentName: 'Nama responden',
		respondentEmail: 'Surel responden (bila nama tidak diisi)',
		question: (code, measure, text) => `${code} ${measure}: ${text}`,
		columnCount: (ratings, blank, problems) =>
			[
				`${ratings} penilaian`,
				blank ? `${blank} kosong` : '',
				problems ? `${problems} masalah` : ''
			]
				.filter(Boolean)
				.join(' · '),
		matchedByCode: 'Kolom pertanyaan dicocokkan lewat kodenya; ubah yang keliru.',
		matchByHand:
			'Judul kolom ini tidak memuat kode dari templat: pilih apa yang dinilai setiap kolom pertanyaan.',
		noRatingColumns: 'Belum ada kolom yang mengimpor penilaian.',
		alsoMappedFrom: (columns) => `Juga dipetakan dari kolom ${columns.join(', ')}`,
		sameQuestion:
			'Satu pertanyaan diimpor dari lebih dari satu kolom: atur semua kecuali satu menjadi Tidak diimpor untuk mengonfirmasi.',
		sameNames: (n) => `${n} responden memiliki nama peserta yang sudah ada di sini`,
		sameNamesAdd: 'Tambahkan mereka sebagai peserta baru',
		sameNamesMerge: 'Masukkan jawaban mereka ke peserta dengan nama yang sama',
		summaryMerged: (people, matched, ratings) =>
			`${people} responden akan ditambahkan sebagai peserta dan ${matched} akan menjawab sebagai peserta yang sudah ada, dengan ${ratings} penilaian.`,
		importedMerged: (added, matched) =>
			`${added} peserta baru diimpor, dan jawaban ${matched} peserta yang sudah ada`,
		summary: (people, ratings) =>
			`${people} responden akan ditambahkan sebagai peserta, dengan ${ratings} penilaian.`,
		problemsHeading: (n) => `${n} jawaban tidak dapat diimpor`,
		problemsHint:
			'Jawaban itu dilewati; Konfirmasi impor memasukkan sisanya, Batal tidak menulis apa pun.',
		problem: (row, column, respondent, answer, kind, length) =>
			`Baris ${row}, kolom ${column} (${respondent}): “${answer}” ${
				{
					'out-of-range': 'tidak di antara 1 dan 5',
					unknown: 'bukan penilaian pada skala',
					'too-long': `terlalu panjang untuk penilaian (${length.toLocaleString('id')} karakter)`
				}[kind]
			}`,
		moreProblems: (n) => `dan ${n} lagi`,
		confirm: 'Konfirmasi impor',
		imported: (n) => `${n} peserta diimpor beserta penilaiannya`,
		unnamed: (n) => `Responden ${n}`,
		fileProblems: {
			'too-large': (megabytes) =>
				`Berkas ini terlalu besar untuk ekspor survei (lebih dari ${megabytes} MB).`,
			'not-text':
				'Berkas ini bukan berkas CSV: isinya bukan teks. Ekspor jawaban dari alat formulir sebagai CSV.',
			'not-table':
				'Berkas ini bukan tabel jawaban: ekspor CSV memiliki baris judul dan satu kolom per pertanyaan.',
			'no-respondents': 'Berkas ini memiliki baris judul tetapi tanpa jawaban di bawahnya.',
			'too-many-respondents': (n) => `Berkas ini memiliki lebih dari ${n} responden.`,
			'too-many-columns': (n) => `Berkas ini memiliki lebih dari ${n} kolom.`
		}
	},
	walkThrough: {
		title: 'Penelusuran',
		position: (n, total) => `Titik sentuh ${n} dari ${total}`,
		question: 'Apa hal terburuk yang dapat terjadi pada pelanggan di sini?',
		typicalWorstCase: 'Kasus terburuk yang umum',
		collected: 'Frustrasi yang terkumpul',
		noneYet: 'Belum ada.',
		capture: 'Frustrasi baru',
		captureHint: 'Enter menambahkan · ← → berpindah titik sentuh · Esc keluar',
		captured: (text) => `Ditambahkan: ${text}`,
		previous: 'Titik sentuh sebelumnya',
		next: 'Titik sentuh berikutnya',
		goToRatings: 'Ke penilaian',
		edit: 'Ubah',
		editLabel: (text) => `Ubah “${text}”`,
		correction: 'Perbaiki frustrasi',
		correctionHint: 'Enter menyimpan perubahan · Esc membatalkannya',
		corrected: (text) => `Diubah menjadi: ${text}`,
		remove: 'Hapus',
		removeLabel: (text) => `Hapus “${text}”`,
		removed: (text) => `Dihapus: ${text}`,
		leave: 'Keluar dari penelusuran',
		darkMode: 'Gelap',
		timeLeft: 'Sisa waktu',
		timeUp: 'Waktu habis',
		empty: 'Perjalanan ini belum punya titik sentuh. Tambahkan dulu di peta.'
	},
	// Sisi fasilitator dalam lokakarya langsung (issue 21)
	liveWorkshop: {
		start: 'Mulai lokakarya langsung',
		starting: 'Memulai…',
		controls: 'Lokakarya langsung',
		joinThis: 'Bergabung ke lokakarya ini',
		scanOrType: 'Pindai kode dengan kamera ponsel, atau ketik tautannya:',
		qrCode: 'Kode QR tautan bergabung',
		joinedSoFar: 'Sudah bergabung',
		nobodyYet: 'Belum ada.',
		hideJoin: 'Sembunyikan layar bergabung',
		showJoin: 'Tampilkan layar bergabung',
		reveal: 'Buka hasil',
		revealed: (n) => `${n} frustrasi dibuka`,
		nothingToReveal: 'Tidak ada yang perlu dibuka di sini.',
		rateAgain: 'Nilai ulang',
		ratingAgain: (text) => `Putaran baru: ${text}`,
		lock: 'Kunci penilaian',
		unlock: 'Buka kunci penilaian',
		closed: 'Penilaian sudah ditutup',
		bringEveryone: 'Ajak semua ke sini',
		broughtEveryone: 'Ponsel semua peserta melompat ke titik sentuh ini.',
		end: 'Akhiri lokakarya',
		endTitle: 'Akhiri lokakarya?',
		endText:
			'Ponsel menampilkan ucapan terima kasih dan tautan bergabung berhenti berfungsi. Semua penilaian tetap tersimpan di perjalanan.',
		showResults: 'Tampilkan hasil saat masuk',
		hideNames: 'Sembunyikan nama di proyektor',
		ratedOf: (n, m) => `${n} dari ${m} menilai`,
		hidden: 'tersembunyi sampai dibuka',
		rated: 'sudah menilai',
		differ: 'Penilaian berbeda — diskusikan',
		mergeWith: 'Gabungkan dengan…',
		joined: 'bergabung lewat tautan',
		merged: (joined, byHand) => `${byHand} digabung ke ${joined}`,
		step: 'Di ponsel'
	},
	report: {
		title: 'Laporan sesi',
		backToWorkshop: 'Kembali ke lokakarya',
		print: 'Cetak',
		copyMarkdown: 'Salin Markdown',
		copied: 'Markdown tersalin',
		copyFailed: 'Peramban menolak papan klip: pilih Markdown di bawah lalu salin.',
		markdown: 'Markdown',
		summary: (participants, frustrations, rated, notRated) =>
			`${participants} peserta · ${frustrations} frustrasi, ${notRated ? `${notRated} belum dinilai, ` : ''}${rated} dinilai peserta`,
		topPriorities: 'Prioritas teratas',
		notRatedYet: 'Belum dinilai',
		notRevealedYet: 'Belum dibuka',
		notRevealed: (n, m) => `${n} dari ${m} menilai · belum dibuka`,
		noPriorities: 'Tidak ada frustrasi yang terbuka.',
		rank: '#',
		touchPoint: 'Titik sentuh',
		stage: 'Tahap',
		byStageAndBand: 'Frustrasi per tahap dan tingkat',
		total: 'Jumlah',
		segments: 'Segmen yang paling terdampak',
		noSegments: 'Belum ada frustrasi yang ditandai dengan segmen.',
		frustrationsColumn: 'Frustrasi',
		urgent: 'Kritis atau tinggi',
		totalPriority: 'Jumlah prioritas',
		whoTookPart: 'Yang ikut serta',
		noParticipants: 'Tidak ada peserta yang dicatat.',
		ratingsOf: (n) => `${n} penilaian`,
		journeyDiagram: 'Sekilas perjalanan'
	},
	// Prioritas dan grafik (issue 5)
	priorities: 'Prioritas',
	prioritiesIntro:
		'Apa yang diperbaiki dulu: setiap grafik mengikuti filter dan diperbarui saat peta diubah.',
	chartFilters: 'Filter grafik',
	filterSegment: 'Segmen',
	allSegments: 'Semua segmen',
	filterStage: 'Tahap',
	allStages: 'Semua tahap',
	filterStatus: 'Status',
	filterBand: 'Pita',
	clearFilters: 'Hapus filter',
	filteredCount: (shown, total) => `${shown} dari ${total} frustrasi ditampilkan`,
	colourBy: 'Warna menurut',
	colourModes: { stage: 'Tahap', risk: 'Risiko (penjualan atau pembelian ulang hilang)' },
	showDataTable: 'Tampilkan tabel data',
	scrollSideways: 'Geser ke samping untuk melihat selebihnya →',
	scrollsSideways: (chart: string) => `${chart}, dapat digeser ke samping`,
	exportSvg: 'Ekspor SVG',
	exportPng: 'Ekspor PNG',
	chartExportFailed: (reason) => `Grafik tidak dapat diekspor: ${reason}`,
	dataTableOf: (chart) => `Tabel data: ${chart}`,
	marksOf: (chart) => `Tanda pada ${chart}: tombol panah berpindah antartanda, Enter membukanya`,
	chartTouchPoint: 'Titik sentuh',
	chartStage: 'Tahap',
	chartBand: 'Pita',
	chartRisk: 'Risiko',
	chartCumulativeShare: 'Pangsa kumulatif',
	chartEmpty: 'Tidak ada frustrasi yang cocok dengan filter ini.',
	chartPriorityMatrix: 'Matriks prioritas',
	matrixIntro:
		'Seberapa sering tiap frustrasi terjadi terhadap seberapa parah dampaknya; pita berwarna adalah prioritasnya. Seret sebuah tanda dengan jari atau tetikus, atau tekan Shift dan tombol panah, untuk menilainya ulang; ketuk tanda untuk membukanya di peta.',
	matrixDescription: (n) =>
		`${n} frustrasi ditempatkan menurut frekuensi (mendatar) dan keparahan (tegak), di atas pita prioritas.`,
	chartRankedProblems: 'Peringkat masalah',
	rankedIntro:
		'Frustrasi menurut skor prioritas, dengan pangsa kumulatif dari seluruh masalah: perbaiki dari atas.',
	rankedDescription: (n) =>
		`${n} frustrasi dengan prioritas tertinggi sebagai batang, dan pangsa kumulatif dari total prioritas sebagai garis.`,
	showTopProblems: (n) => `Tampilkan ${n} teratas`,
	showAllProblems: (n) => `Tampilkan semua ${n}`,
	chartHeatMap: 'Peta panas perjalanan',
	heatMapIntro:
		'Jumlah prioritas frustrasi di tiap titik sentuh, untuk tiap segmen; sel kosong tidak memilikinya.',
	heatMapDescription: (touchPoints, rows) =>
		`Kisi ${touchPoints} titik sentuh sesuai urutan siklus dan ${rows} baris segmen; sel yang lebih gelap membawa prioritas lebih besar.`,
	allSegmentsRow: 'Semua',
	heatCell: (segment, touchPoint, total, count) =>
		`${segment}, ${touchPoint}: prioritas ${total} dari ${count} frustrasi`,
	heatEmpty: (segment, touchPoint) => `${segment}, ${touchPoint}: tidak ada`,
	summedPriority: 'Jumlah prioritas',
	count: 'Jumlah',
	chartQuickWins: 'Kemenangan cepat',
	quickWinsIntro:
		'Frustrasi yang punya perbaikan, menurut prioritas dan upaya perbaikannya: sudut berwarna adalah prioritas tinggi dengan upaya kecil.',
	quickWinsDescription: (n, wins) =>
		`${n} perbaikan ditempatkan menurut upaya (mendatar) dan prioritas (tegak); ${wins} di sudut kemenangan cepat.`,
	quickWinCorner: 'Kemenangan cepat',
	quickWin: 'Kemenangan cepat',
	chartStageSummary: 'Ringkasan tahap',
	stageSummaryIntro: 'Frustrasi terbuka di tiap tahap, menurut pita.',
	stageSummaryDescription: (stages, open) =>
		`${open} frustrasi terbuka di ${stages} tahap, bertumpuk menurut pita.`,
	stageBandCount: (stage, band, n) => `${stage}: ${n} ${band}`,
	openFrustrations: 'Frustrasi terbuka',
	chartMarketingMix: 'Bauran pemasaran per segmen',
	mixIntro: 'Seberapa kuat bauran tiap segmen bertumpu pada produk, harga, promosi dan tempat.',
	mixDescription: (segments) =>
		`Penekanan 1 sampai 5 dari empat unsur bauran untuk ${segments} segmen.`,
	mixView: 'Tampilan',
	mixViews: { bars: 'Batang berkelompok', radar: 'Radar' },
	mixValue: (segment, element, emphasis, level) =>
		`${segment}, ${element}: penekanan ${emphasis} (${level})`,
	mixWidest: (element) => `Segmen paling berbeda pada ${element.toLowerCase()}.`,
	mixTexts: 'Bauran per segmen',
	chartExperienceCurve: 'Kurva pengalaman',
	curveIntro:
		'Perasaan tiap segmen di tiap titik sentuh, dari kecewa sampai senang. Lingkaran bernomor menghitung frustrasi terbuka di tempat yang menyakitkan, diwarnai menurut pita yang terburuk dan makin besar makin tinggi prioritasnya.',
	curveDescription: (segments, touchPoints) =>
		`Satu garis per segmen (${segments}) melintasi ${touchPoints} titik sentuh sesuai urutan siklus, emosi dari −2 sampai +2.`,
	curvePoint: (segment, touchPoint, emotion) => `${segment} di ${touchPoint}: ${emotion}`,
	curveFrustrations: (touchPoint, n, top) =>
		`${touchPoint}: ${n} frustrasi terbuka, prioritas tertinggi ${top}`,
	noEmotion: 'belum dinilai',
	showExperienceCurve: 'Kurva pengalaman',
	// Version history (issue 8): named and automatic checkpoints, preview and restore
	versionHistory: 'Riwayat versi',
	versionHistoryTitle: (name) => `Riwayat versi “${name}”`,
	versionHistoryIntro:
		'Titik simpan yang Anda beri nama tetap ada sampai Anda menghapusnya. Selama peta berubah, satu titik simpan juga dibuat otomatis paling sering sejam sekali (24 terakhir disimpan, lalu satu per hari selama 30 hari). Impor dan pemulihan menyimpan apa yang digantikannya (sepuluh terbaru).',
	noVersions:
		'Belum ada versi. Simpan titik simpan sekarang, atau ubah peta: perubahan pertama menyimpan keadaan sebelumnya.',
	snapshotKinds: {
		named: 'Titik simpan',
		auto: 'Otomatis',
		replace: 'Sebelum diganti',
		merge: 'Sebelum digabung',
		restore: 'Sebelum dipulihkan'
	},
	checkpointName: 'Nama titik simpan',
	checkpointPlaceholder: 'sebelum lokakarya',
	saveCheckpoint: 'Simpan titik simpan',
	checkpointSaved: (label) => `Titik simpan “${label}” disimpan.`,
	checkpointNameRequired: 'Beri nama titik simpan ini.',
	checkpointBeforeRateAgain: (text) => `Sebelum menilai ulang: ${text}`,
	previewVersion: 'Pratinjau',
	restoreVersion: 'Pulihkan',
	deleteCheckpoint: 'Hapus',
	confirmDeleteCheckpoint: (label) => `Hapus “${label}” untuk selamanya?`,
	checkpointDeleted: (label) => `Titik simpan “${label}” dihapus.`,
	previewBanner: (label, when) => `Pratinjau “${label}” — ${when}. Hanya baca.`,
	restoreThisVersion: 'Pulihkan versi ini',
	backToCurrentMap: 'Kembali ke peta saat ini',
	versionRestored: (label) =>
		`“${label}” dipulihkan. Peta yang digantikannya ada di riwayat versi.`,
	versionRestoreNotUndoable:
		'Pemulihan ini tidak dapat dibatalkan lagi di sini: perjalanan telah diganti atau dihapus di tab lain. Versi-versi sebelumnya ada di riwayat versi.',
	versionRestoreUndone: 'Pemulihan dibatalkan: peta kembali seperti sebelumnya.',
	versionRestoreUndoneKept:
		'Pemulihan dibatalkan: yang diubahnya kembali seperti semula. Peta sesaat sebelumnya, dengan suntingan sejak pemulihan, disimpan di riwayat versinya.',
	versionNotFound: 'Versi ini sudah tidak ada di riwayat.',
	versionUnreadable: 'Versi ini tidak dapat dibaca; peta saat ini tidak berubah.',
	previewStages: 'Peta pada versi ini',
	noFrustrationsHere: 'Tidak ada frustrasi',

	// Storage: opening the database, persistence, a full disk, backup reminders
	storageFailureTitle: 'Touchpoint tidak dapat membuka perjalanan Anda',
	startupFailureTitle: 'Touchpoint tidak dapat dimulai',
	storageFailureReason: {
		startup:
			'Sebuah galat menghentikan aplikasi saat dimulai. Penyebabnya bukan penyimpanan; galat ini menjelaskan apa yang salah:',
		newer:
			'Data disimpan oleh versi Touchpoint yang lebih baru daripada versi ini. Versi ini tidak menyentuhnya, agar tidak mengubah apa yang tidak dipahaminya.',
		upgrade: 'Data disimpan oleh versi Touchpoint yang lebih lama, dan pembaruannya gagal.',
		unavailable: 'Peramban menolak membuka penyimpanan tempat perjalanan Anda disimpan.'
	},
	storageFailureUntouched:
		'Tidak ada yang diubah atau dihapus: perjalanan Anda masih tersimpan di peramban ini persis seperti sebelumnya.',
	storageFailureWhatToDo: 'Yang dapat Anda lakukan',
	storageFailureSteps: {
		startup: [
			'Muat ulang halaman.',
			'Jika terjadi lagi, laporkan masalahnya beserta galat di atas, peramban yang Anda pakai, dan alamat yang Anda buka.',
			'Unduh cadangan mentah untuk menyimpan salinan apa pun yang tersimpan.'
		],
		newer: [
			'Buka Touchpoint di alamat tempat versi yang lebih baru berjalan, atau tunggu sampai versi ini diperbarui, lalu muat ulang.',
			'Unduh cadangan mentah untuk menyimpan salinan semua data.'
		],
		upgrade: [
			'Muat ulang halaman: pembaruan dicoba lagi.',
			'Jika gagal lagi, unduh cadangan mentah dan laporkan masalahnya beserta detail teknis di bawah.'
		],
		unavailable: [
			'Muat ulang halaman.',
			'Jendela pribadi dan beberapa pengaturan peramban memblokir penyimpanan: coba jendela biasa.',
			'Unduh cadangan mentah untuk menyimpan salinan apa pun yang tersimpan.'
		]
	},
	reload: 'Muat ulang',
	downloadRawBackup: 'Unduh cadangan mentah',
	rawBackupHelp:
		'Berkas JSON berisi semua data apa adanya, untuk disimpan atau dikirim kepada orang yang dapat membantu.',
	rawBackupNone: 'Tidak ada data tersimpan di peramban ini untuk dicadangkan.',
	rawBackupFailed: 'Data tersimpan juga tidak dapat dibaca.',
	technicalDetails: 'Detail teknis',
	quotaExceeded:
		'Penyimpanan peramban Anda penuh: perubahan ini belum tersimpan. Perubahan tetap tampil dan disimpan begitu ada ruang. Cadangkan perjalanan Anda (Cadangkan semua di halaman beranda), lalu kosongkan ruang: hapus perjalanan yang tidak diperlukan lagi, atau hapus data situs lain di pengaturan peramban.',
	retrySaving: 'Coba simpan lagi',
	// Re-rating on the priority matrix
	movableMarksOf: (chart) =>
		`Tanda pada ${chart}: tombol panah berpindah antartanda, Shift dan tombol panah menilai ulang satu tanda, Enter membukanya`,
	rerated: (text, ratings, score) => `${text}: ${ratings}. ${score}`,
	rerateWorkshopRated: (n) =>
		`${n} peserta menilai frustrasi ini dalam lokakarya: posisinya adalah rata-rata penilaian mereka. Ubah penilaian itu di kisi penilaian lokakarya.`
};
