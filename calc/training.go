package calc

// Cluster describes how much power each busy accelerator costs at the
// facility's meter, as a stack of four parts: the accelerator itself, its
// share of the rest of its server, its share of the cluster's network and
// storage, and the facility's cooling and power conversion (PUE).
type Cluster struct {
	// Power is the average draw of one accelerator while training: a
	// measured figure, or TDP × utilisation (see PowerFromTDP).
	Power Range[Power]
	// HostPower is the share of the server's other parts (CPUs, memory,
	// NICs, fans, power supplies) per accelerator, e.g. (server rating −
	// accelerators' TDP) ÷ accelerators per server, times utilisation.
	// Zero where Power already includes it, as measured system figures do.
	HostPower Range[Power]
	// Network is the cluster's networking and storage as a fraction of the
	// servers' power (accelerators and hosts); zero where not counted.
	Network Range[float64]
	// PUE is the data centre's power usage effectiveness: facility energy ÷
	// IT energy, at least 1.
	PUE Range[float64]
}

// PowerFromTDP returns the average draw of an accelerator that runs at the
// given fraction of its thermal design power.
func PowerFromTDP(tdp Power, utilisation Range[float64]) Range[Power] {
	return rangeOf[Power](spanOf(utilisation).scale(float64(tdp)))
}

func (c Cluster) validate() error {
	if err := checkRange(FieldPower, spanOf(c.Power)); err != nil {
		return err
	}
	if err := checkRange(FieldHostPower, spanOf(c.HostPower)); err != nil {
		return err
	}
	if err := checkRange(FieldNetwork, spanOf(c.Network)); err != nil {
		return err
	}
	return checkRange(FieldPUE, spanOf(c.PUE))
}

// server is the power of one busy accelerator with its host share.
func (c Cluster) server() span { return spanOf(c.Power).plus(spanOf(c.HostPower)) }

// it is the IT power of one busy accelerator: server × (1 + network share).
func (c Cluster) it() span { return c.server().times(point(1).plus(spanOf(c.Network))) }

// facilityPerAccelerator is the facility power attributable to one busy
// accelerator: (accelerator + host) × (1 + network) × PUE.
func (c Cluster) facilityPerAccelerator() span { return c.it().times(spanOf(c.PUE)) }

// Training is the result of a training estimate.
type Training struct {
	// Energy is the facility energy, PUE included.
	Energy Range[Energy]
	// AcceleratorHours is the busy time summed over accelerators.
	AcceleratorHours Range[float64]
	// WallClock is how long the run took; zero where the accelerator count
	// is unknown.
	WallClock Range[Duration]
	// FacilityPower is the cluster's continuous draw during the run, PUE
	// included; zero where the accelerator count is unknown.
	FacilityPower Range[Power]
	// Stack splits FacilityPower into its parts; nil where the accelerator
	// count is unknown.
	Stack []StackPart
}

// HardwareRun is a training run described by its hardware: accelerators ×
// wall-clock hours (or accelerator-hours directly) × power × PUE.
type HardwareRun struct {
	Accelerators float64
	WallClock    Duration
	// AcceleratorHours, when positive, replaces Accelerators × WallClock;
	// Accelerators then only sets the continuous power and the wall clock.
	AcceleratorHours float64
	Cluster          Cluster
}

// Estimate returns the run's energy: accelerator-hours × (power + host) ×
// (1 + network) × PUE.
func (r HardwareRun) Estimate() (Training, error) {
	if err := r.Cluster.validate(); err != nil {
		return Training{}, err
	}
	var hours float64
	if r.AcceleratorHours != 0 {
		if err := check(FieldAcceleratorHours, r.AcceleratorHours); err != nil {
			return Training{}, err
		}
		if r.Accelerators != 0 {
			if err := check(FieldAccelerators, r.Accelerators); err != nil {
				return Training{}, err
			}
		}
		hours = r.AcceleratorHours
	} else {
		if err := check(FieldAccelerators, r.Accelerators); err != nil {
			return Training{}, err
		}
		if err := check(FieldHours, r.WallClock.Hours()); err != nil {
			return Training{}, err
		}
		hours = r.Accelerators * r.WallClock.Hours()
	}
	return finishTraining(point(hours), r.Accelerators, r.Cluster)
}

// ComputeRun is a training run described by its arithmetic: FLOPs (given,
// or 6 × parameters × tokens) ÷ (peak FLOP/s × utilisation) gives
// accelerator-hours, then power and PUE as in HardwareRun.
type ComputeRun struct {
	// FLOPs, when positive, is the total training compute; otherwise it is
	// 6 × Parameters × Tokens (active parameters for mixture-of-experts:
	// two FLOPs per parameter per token forward, four backward).
	FLOPs      FLOP
	Parameters float64
	Tokens     float64
	// PeakRate is one accelerator's dense peak at the training precision.
	PeakRate FLOPRate
	// Utilisation is the model FLOPs utilisation (MFU): achieved ÷ peak.
	Utilisation Range[float64]
	// Accelerators is optional: with it the result has a wall clock and a
	// continuous power.
	Accelerators float64
	Cluster      Cluster
}

// TrainingFLOPs returns 6 × parameters × tokens, the standard estimate of
// a dense transformer's training compute (Kaplan et al. 2020).
func TrainingFLOPs(parameters, tokens float64) FLOP { return FLOP(6 * parameters * tokens) }

// Estimate returns the run's energy.
func (r ComputeRun) Estimate() (Training, error) {
	if err := r.Cluster.validate(); err != nil {
		return Training{}, err
	}
	flops := r.FLOPs
	if flops != 0 {
		if err := check(FieldFLOPs, float64(flops)); err != nil {
			return Training{}, err
		}
		// Parameters and tokens beside given FLOPs are not used, but a
		// visitor who typed −5 should hear about it, not be ignored.
		if r.Parameters != 0 {
			if err := check(FieldParameters, r.Parameters); err != nil {
				return Training{}, err
			}
		}
		if r.Tokens != 0 {
			if err := check(FieldTokens, r.Tokens); err != nil {
				return Training{}, err
			}
		}
	} else {
		if err := check(FieldParameters, r.Parameters); err != nil {
			return Training{}, err
		}
		if err := check(FieldTokens, r.Tokens); err != nil {
			return Training{}, err
		}
		flops = TrainingFLOPs(r.Parameters, r.Tokens)
		if err := check(FieldFLOPs, float64(flops)); err != nil {
			return Training{}, err
		}
	}
	if err := check(FieldPeakFLOPs, float64(r.PeakRate)); err != nil {
		return Training{}, err
	}
	if err := checkRange(FieldMFU, spanOf(r.Utilisation)); err != nil {
		return Training{}, err
	}
	if r.Accelerators != 0 {
		if err := check(FieldAccelerators, r.Accelerators); err != nil {
			return Training{}, err
		}
	}
	achieved := spanOf(r.Utilisation).scale(float64(r.PeakRate))
	seconds := point(float64(flops)).over(achieved)
	return finishTraining(seconds.scale(1/float64(Hour)), r.Accelerators, r.Cluster)
}

// finishTraining turns accelerator-hours into energy, and with a known
// accelerator count into wall clock and continuous power.
func finishTraining(acceleratorHours span, accelerators float64, c Cluster) (Training, error) {
	perAccelerator := c.facilityPerAccelerator()
	joules := acceleratorHours.scale(float64(Hour)).times(perAccelerator)
	t := Training{
		Energy:           rangeOf[Energy](joules),
		AcceleratorHours: rangeOf[float64](acceleratorHours),
	}
	if accelerators > 0 {
		t.WallClock = rangeOf[Duration](acceleratorHours.scale(float64(Hour) / accelerators))
		t.FacilityPower = rangeOf[Power](perAccelerator.scale(accelerators))
		t.Stack = c.stack(accelerators)
	}
	if !joules.finite() || !spanOf(t.WallClock).finite() || !spanOf(t.FacilityPower).finite() {
		return Training{}, &InputError{Field: FieldAcceleratorHours, Reason: ReasonTooLarge}
	}
	return t, nil
}
