/**
 * Innovation adoption as a stage framework: knowledge, persuasion, decision, implementation
 * and confirmation (docs/domain.md, after E. M. Rogers, Diffusion of Innovations).
 * Steps are what the adopting customer does; each touch point's prompt is its typical worst case.
 */
import { templateInfo } from './template-info';
import type { JourneyTemplate, StageTemplate, TouchPointTemplate } from './types';

const stages: StageTemplate[] = [
	{
		key: 'knowledge',
		name: { en: 'Knowledge', id: 'Pengetahuan' },
		risk: 'lost-sale',
		steps: [
			{ en: 'Learn that the innovation exists', id: 'Mengetahui bahwa inovasi tersebut ada' },
			{ en: 'Understand how it works', id: 'Memahami cara kerjanya' },
			{ en: 'Learn how to use it', id: 'Mempelajari cara menggunakannya' }
		]
	},
	{
		key: 'persuasion',
		name: { en: 'Persuasion', id: 'Persuasi' },
		risk: 'lost-sale',
		steps: [
			{
				en: 'Weigh its advantage over the current way of working',
				id: 'Menimbang keunggulannya dibandingkan cara kerja saat ini'
			},
			{
				en: 'Check that it fits existing habits and systems',
				id: 'Memeriksa kecocokannya dengan kebiasaan dan sistem yang ada'
			},
			{
				en: 'Ask peers and early users for their opinion',
				id: 'Meminta pendapat rekan dan pengguna awal'
			}
		]
	},
	{
		key: 'decision',
		name: { en: 'Decision', id: 'Keputusan' },
		risk: 'lost-sale',
		steps: [
			{ en: 'Try it out on a small scale', id: 'Mencobanya dalam skala kecil' },
			{ en: 'Secure budget and approval', id: 'Mendapatkan anggaran dan persetujuan' },
			{ en: 'Decide to adopt or reject it', id: 'Memutuskan untuk mengadopsi atau menolaknya' }
		]
	},
	{
		key: 'implementation',
		name: { en: 'Implementation', id: 'Implementasi' },
		risk: 'lost-repurchase',
		steps: [
			{ en: 'Put it into regular use', id: 'Mulai menggunakannya secara rutin' },
			{ en: 'Adapt it to own needs', id: 'Menyesuaikannya dengan kebutuhan sendiri' },
			{ en: 'Solve problems as they appear', id: 'Mengatasi masalah yang muncul' }
		]
	},
	{
		key: 'confirmation',
		name: { en: 'Confirmation', id: 'Konfirmasi' },
		risk: 'lost-repurchase',
		steps: [
			{
				en: 'Look for evidence that the decision was right',
				id: 'Mencari bukti bahwa keputusan yang diambil sudah tepat'
			},
			{
				en: 'Continue, expand or discontinue its use',
				id: 'Melanjutkan, memperluas, atau menghentikan penggunaannya'
			},
			{
				en: 'Tell others about the experience',
				id: 'Menceritakan pengalamannya kepada orang lain'
			}
		]
	}
];

const marketingCommunication = { en: 'Marketing communication', id: 'Komunikasi pemasaran' };
const accountManagement = { en: 'Account management', id: 'Manajemen akun' };
const solutionArchitecture = { en: 'Solution architecture', id: 'Arsitektur solusi' };
const support = { en: 'Support', id: 'Dukungan teknis' };

const touchPoints: TouchPointTemplate[] = [
	// Knowledge
	{
		key: 'awareness-campaign',
		stage: 'knowledge',
		name: { en: 'Awareness campaign', id: 'Kampanye pengenalan' },
		prompt: {
			en: 'The intended users never hear of the innovation, or hear of it only as a buzzword.',
			id: 'Calon pengguna tidak pernah mendengar tentang inovasi itu, atau hanya mengenalnya sebagai istilah yang sedang tren.'
		},
		channel: 'social-media',
		ownerTeam: marketingCommunication,
		mode: 'proactive',
		public: true
	},
	{
		key: 'explainer-content',
		stage: 'knowledge',
		name: { en: 'Explainer content', id: 'Konten penjelasan' },
		prompt: {
			en: 'The explanation is so technical that users cannot see what the innovation does for them.',
			id: 'Penjelasannya terlalu teknis sehingga pengguna tidak bisa melihat apa manfaat inovasi itu bagi mereka.'
		},
		channel: 'website',
		ownerTeam: marketingCommunication,
		mode: 'proactive'
	},
	// Persuasion
	{
		key: 'live-demonstration',
		stage: 'persuasion',
		name: { en: 'Seminar and live demonstration', id: 'Seminar dan demonstrasi langsung' },
		prompt: {
			en: 'Prospective users never see it working in conditions like their own.',
			id: 'Calon pengguna tidak pernah melihatnya bekerja dalam kondisi yang mirip dengan kondisi mereka sendiri.'
		},
		channel: 'exhibition',
		ownerTeam: marketingCommunication,
		mode: 'proactive'
	},
	{
		key: 'advisor-visit',
		stage: 'persuasion',
		name: { en: 'Advisor visit', id: 'Kunjungan konsultan' },
		prompt: {
			en: 'The advisor cannot say how the innovation fits the customer’s existing systems and habits.',
			id: 'Konsultan tidak bisa menjelaskan bagaimana inovasi itu cocok dengan sistem dan kebiasaan pelanggan yang sudah ada.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	{
		key: 'peer-references',
		stage: 'persuasion',
		name: { en: 'Peer references and case studies', id: 'Referensi rekan dan studi kasus' },
		prompt: {
			en: 'No trusted peer has used it yet, so the risk feels too high.',
			id: 'Belum ada rekan tepercaya yang pernah memakainya, sehingga risikonya terasa terlalu besar.'
		},
		channel: 'other',
		ownerTeam: marketingCommunication,
		mode: 'proactive'
	},
	// Decision
	{
		key: 'trial',
		stage: 'decision',
		name: { en: 'Trial', id: 'Uji coba' },
		prompt: {
			en: 'The trial is too short or too limited to show the benefit.',
			id: 'Uji cobanya terlalu singkat atau terlalu terbatas untuk memperlihatkan manfaatnya.'
		},
		channel: 'customer-portal',
		ownerTeam: solutionArchitecture,
		mode: 'proactive'
	},
	{
		key: 'business-case',
		stage: 'decision',
		name: { en: 'Business case and approval', id: 'Analisis kelayakan dan persetujuan' },
		prompt: {
			en: 'The cost and the risk of switching are unclear, so the decision is postponed.',
			id: 'Biaya dan risiko peralihannya tidak jelas, sehingga keputusan terus ditunda.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	// Implementation
	{
		key: 'onboarding',
		stage: 'implementation',
		name: { en: 'Onboarding and training', id: 'Pendampingan awal dan pelatihan' },
		prompt: {
			en: 'Users are left alone after installation and fall back to the old way of working.',
			id: 'Pengguna dibiarkan sendiri setelah instalasi dan kembali ke cara kerja yang lama.'
		},
		channel: 'delivery-team',
		ownerTeam: solutionArchitecture,
		mode: 'proactive'
	},
	{
		key: 'user-guide',
		stage: 'implementation',
		name: { en: 'User guide', id: 'Panduan pengguna' },
		prompt: {
			en: 'The instructions are incomplete or written only in a foreign language.',
			id: 'Petunjuknya tidak lengkap atau hanya tersedia dalam bahasa asing.'
		},
		channel: 'website',
		ownerTeam: support,
		mode: 'reactive'
	},
	{
		key: 'helpdesk',
		stage: 'implementation',
		name: { en: 'Helpdesk', id: 'Layanan bantuan' },
		prompt: {
			en: 'Problems in the first weeks go unanswered.',
			id: 'Masalah pada minggu-minggu pertama tidak ditanggapi.'
		},
		channel: 'phone-hotline',
		ownerTeam: support,
		mode: 'reactive'
	},
	// Confirmation
	{
		key: 'results-review',
		stage: 'confirmation',
		name: { en: 'Results review', id: 'Tinjauan hasil' },
		prompt: {
			en: 'Nobody shows the customer the benefit achieved, so doubts grow.',
			id: 'Tidak ada yang menunjukkan manfaat yang sudah dicapai kepada pelanggan, sehingga keraguannya makin besar.'
		},
		channel: 'sales-visit',
		ownerTeam: accountManagement,
		mode: 'proactive'
	},
	{
		key: 'user-community',
		stage: 'confirmation',
		name: { en: 'User community', id: 'Komunitas pengguna' },
		prompt: {
			en: 'Bad experiences shared by other users go unanswered, and the customer starts to regret the decision.',
			id: 'Pengalaman buruk yang dibagikan pengguna lain tidak ditanggapi, dan pelanggan mulai menyesali keputusannya.'
		},
		channel: 'social-media',
		ownerTeam: marketingCommunication,
		mode: 'reactive',
		public: true
	},
	{
		key: 'renewal-offer',
		stage: 'confirmation',
		name: { en: 'Renewal or upgrade offer', id: 'Penawaran perpanjangan atau peningkatan' },
		prompt: {
			en: 'The renewal comes as a surprise invoice with no reminder of the value delivered.',
			id: 'Perpanjangan datang sebagai tagihan mendadak tanpa pengingat tentang manfaat yang sudah diberikan.'
		},
		channel: 'email',
		ownerTeam: accountManagement,
		mode: 'proactive'
	}
];

/** Adoption of a new technology as a framework: stages, steps and prompted touch points. */
export const innovationAdoptionTemplate: JourneyTemplate = {
	...templateInfo('innovation-adoption'),
	stages,
	touchPoints,
	segments: [],
	frustrations: []
};
