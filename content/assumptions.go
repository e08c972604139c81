package content

// Assumptions are the defaults the calculator uses for inputs a preset does
// not give and the visitor has not typed. Each is a sourced Param whose
// range becomes the result's range.
var Assumptions = struct {
	// TDPFraction is average draw during training as a fraction of TDP, used
	// when no measured power is published.
	TDPFraction Param
	// MFU is model FLOPs utilisation of large training runs.
	MFU Param
	// QueryWh is the facility energy of one chatbot query.
	QueryWh Param
	// QueriesPerDay is the daily volume of a popular chatbot.
	QueriesPerDay Param
	// ServingDays is the serving period the calculator starts with.
	ServingDays Param
}{
	TDPFraction: Param{Value: 0.76, Low: 0.6, High: 1.0, Unit: "", Year: 2025, Source: "newkirk-2025",
		Note: "Measured H100 training nodes drew 76% of their rated power; 1.0 is the TDP itself, as model cards assume."},
	MFU: Param{Value: 0.4, Low: 0.3, High: 0.5, Unit: "", Year: 2024, Source: "llama-3-paper",
		Note: "Llama 3 405B reached 38–43% BF16 MFU on 16,000 H100s; PaLM reported 46%."},
	QueryWh: Param{Value: 0.3, Low: 0.24, High: 2.9, Unit: "Wh", Year: 2025, Source: "epoch-2025-chatgpt",
		Note: "Epoch AI's 0.3 Wh for a typical GPT-4o query; low: Google's 0.24 Wh median Gemini prompt; high: de Vries's 2023 estimate of 2.9 Wh."},
	QueriesPerDay: Param{Value: 2.5e9, Unit: "queries/day", Year: 2025, Source: "axios-2025-chatgpt-prompts",
		Note: "OpenAI's July 2025 figure for ChatGPT."},
	ServingDays: Param{Value: 365, Unit: "days", Year: 2025, Source: "watt-ledger-conventions",
		Note: "One year of serving, a convention of this calculator."},
}
