package content

// Assumptions are the defaults the calculator uses for inputs a preset does
// not give and the visitor has not typed. Each is a sourced Param whose
// range becomes the result's range.
var Assumptions = struct {
	// TDPFraction is the average draw during training as a fraction of the
	// rated power, applied alike to the accelerator's TDP and to its share of
	// the rest of the server, where no measured system average is published.
	TDPFraction Param
	// Network is the cluster's networking and storage as a fraction of the
	// servers' power.
	Network Param
	// MFU is model FLOPs utilisation of large training runs at a 16-bit peak.
	MFU Param
	// MFUFP8 is model FLOPs utilisation measured against an FP8 peak.
	MFUFP8 Param
	// QueryWh is the facility energy of one chatbot query.
	QueryWh Param
	// QueriesPerDay is the daily volume of a popular chatbot.
	QueriesPerDay Param
	// ServingDays is the serving period the calculator starts with.
	ServingDays Param
}{
	TDPFraction: Param{Value: 0.76, Low: 0.6, High: 0.85, Unit: "", Year: 2025, Source: "newkirk-2025",
		Note: "Measured 8-GPU H100 nodes averaged 76% of their 10.2 kW rating while training; the highest draw Latif et al. observed was 8.4 kW, 82%, with the GPUs near full load, so 0.85 is the top. Low: lighter or communication-bound work (judgement). Applied to accelerator and host alike, which reproduces the node, not its split."},
	Network: Param{Value: 0.09, Low: 0.04, High: 0.15, Unit: "", Year: 2023, Source: "jouppi-2023-tpuv4", LowSource: "jouppi-2023-tpuv4", HighSource: "watt-ledger-conventions",
		Note: "Estimate (judgement) of switches and storage beside the servers: TPU v4's optical switching is under 3% of system power (Jouppi et al.); a three-tier InfiniBand fabric with its storage for 100,000 GPUs is reported at about 9% of server power. High: smaller clusters with heavy storage."},
	MFU: Param{Value: 0.4, Low: 0.3, High: 0.5, Unit: "", Year: 2024, Source: "llama-3-paper",
		Note: "Llama 3 405B reached 38–43% BF16 MFU on 16,000 H100s; PaLM reported 46%."},
	MFUFP8: Param{Value: 0.2, Low: 0.15, High: 0.3, Unit: "", Year: 2024, Source: "deepseek-v3-2024",
		Note: "Derived and judged: DeepSeek-V3's 2.788M H800 GPU-hours for 6 × 37B × 14.8T FLOP imply 17% of the FP8 dense peak (33% of the BF16 peak); an FP8 peak is twice the 16-bit one, so the same hardware efficiency reads as about half the MFU."},
	QueryWh: Param{Value: 0.3, Low: 0.24, High: 2.9, Unit: "Wh", Year: 2025, Source: "epoch-2025-chatgpt", LowSource: "google-gemini-2025", HighSource: "de-vries-2023",
		Note: "Central: Epoch AI's 0.3 Wh for a typical GPT-4o query (2025). Low: Google's 0.24 Wh for the median Gemini Apps text prompt (May 2025). High: de Vries's 2.9 Wh per ChatGPT request (2023), an older estimate on older hardware. Three sources, three years."},
	QueriesPerDay: Param{Value: 2.5e9, Unit: "queries/day", Year: 2025, Source: "axios-2025-chatgpt-prompts",
		Note: "OpenAI's July 2025 figure for ChatGPT."},
	ServingDays: Param{Value: 365, Unit: "days", Year: 2025, Source: "watt-ledger-conventions",
		Note: "One year of serving, a convention of this calculator."},
}
