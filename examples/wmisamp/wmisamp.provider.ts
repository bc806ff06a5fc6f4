// The WMI provider of the Fabrikam FX-4 data acquisition card (wmisamp.mof), simulated in memory.
// `mofkit compile --emit ts` created this file once; from then on it is ours, while the base class
// and types in ./wmisamp.generated.ts are regenerated on every compile.
//
// The card samples four channels at 1 kHz. Time in the simulation is the sample counter: it moves
// only when a method acquires samples, so every answer is reproducible (the demo and its test rely
// on that). Signals are integer triangle waves, so no floating point leaks into the readings.
import { STATUS_INVALID_PARAMETER, WmiStatusError, type FunctionKind, type ProviderOptions } from "@mofkit/runtime";
import {
  WmisampProviderBase,
  wmiDatetime,
  type Fabrikam_DaqCalibrationLog,
  type Fabrikam_DaqCalibrationRecord,
  type Fabrikam_DaqChannel,
  type Fabrikam_DaqControl_Calibrate_In,
  type Fabrikam_DaqControl_Calibrate_Out,
  type Fabrikam_DaqControl_Capture_In,
  type Fabrikam_DaqControl_Capture_Out,
  type Fabrikam_DaqControl_ResetCounters_In,
  type Fabrikam_DaqControl_ResetCounters_Out,
  type Fabrikam_DaqDeviceInfo,
  type Fabrikam_DaqSample,
  type Fabrikam_DaqSnapshot,
  type Fabrikam_DaqStatus,
  type WmiDatetime,
  type WmisampClassName,
} from "./wmisamp.generated.js";

const CHANNELS = 4;
const SAMPLE_RATE = 1000;
/** When the card was started; the sample counter counts milliseconds from here. */
const STARTED_AT = Date.UTC(2025, 2, 14, 8, 0, 0);
/** Samples acquired when the provider comes up: 90 minutes, so the clock reads 09:30:00. */
const INITIAL_SAMPLES = 90 * 60 * SAMPLE_RATE;
/** Full scale of the converter at gain 1 (±10 V). */
const FULL_SCALE_UV = 10_000_000;
/** Samples averaged by Calibrate, and the residuals it logs (every fourth of them). */
const CALIBRATION_SAMPLES = 16;
const RESIDUAL_STEP = 4;

/** What is wired to each input: a level and a triangle ripple around it. */
interface Input {
  levelUv: number;
  rippleUv: number;
  /** Error of the analogue front end before calibration (what Calibrate measures). */
  errorUv: number;
}

const inputs: Input[] = [
  { levelUv: 12_209, rippleUv: 40, errorUv: -18 }, // type K thermocouple at ~300 °C
  { levelUv: 4_800, rippleUv: 600, errorUv: 37 }, // load-cell bridge
  { levelUv: 2_412_000, rippleUv: 3_000, errorUv: -250 }, // 24 V supply through a 1:10 divider
  { levelUv: 0, rippleUv: 0, errorUv: 5 }, // spare input, shorted
];

/** The writable settings of a channel, and the alarm state that makes alarms fire on crossings only. */
interface ChannelState {
  enabled: boolean;
  gain: number;
  alarmHighUv: number;
  alarmLowUv: number;
  label: string;
  offsetUv: number;
  inAlarm: boolean;
}

/** A channel's settings at power-up. */
function channel(label: string, gain: number, alarmLowUv: number, alarmHighUv: number): ChannelState {
  return { enabled: true, gain, alarmHighUv, alarmLowUv, label, offsetUv: 0, inAlarm: false };
}

/** Period of the ripple in samples; a multiple of 4 keeps the triangle wave integral. */
const RIPPLE_PERIOD = 40;

/** A triangle wave between -amplitude and +amplitude (amplitude a multiple of 10). */
function triangle(index: number, amplitude: number): number {
  const quarter = RIPPLE_PERIOD / 4;
  const phase = index % RIPPLE_PERIOD;
  const rising = phase < 2 * quarter ? phase : RIPPLE_PERIOD - phase;
  return ((rising - quarter) * amplitude) / quarter;
}

/** A CIM datetime for a point on the simulated clock (UTC). */
function cimDatetime(ms: number): WmiDatetime {
  const d = new Date(ms);
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  const date = `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1, 2)}${p(d.getUTCDate(), 2)}`;
  const time = `${p(d.getUTCHours(), 2)}${p(d.getUTCMinutes(), 2)}${p(d.getUTCSeconds(), 2)}`;
  return wmiDatetime(`${date}${time}.${p(d.getUTCMilliseconds() * 1000, 6)}+000`);
}

export class WmisampProvider extends WmisampProviderBase {
  /** Samples since the card was started: the simulation's clock. */
  private ticks = INITIAL_SAMPLES;
  /** Where ResetCounters last put the counter reported as SamplesAcquired. */
  private counterBase = 0;
  private readonly channels: ChannelState[] = [
    channel("Oven thermocouple", 8, 0, 14_000),
    channel("Load cell", 8, -10_000, 10_000),
    channel("24 V supply", 1, 2_160_000, 2_640_000),
    { ...channel("Spare", 1, -100_000, 100_000), enabled: false },
  ];
  private readonly calibrations: Fabrikam_DaqCalibrationRecord[] = [
    {
      PerformedAt: wmiDatetime("20250120143000.000000+000"),
      Channel: 0,
      ReferenceMicroVolts: 10_000,
      OffsetMicroVolts: 18,
      PointCount: 4,
      Technician: "Factory, line 3",
      Residuals: [1, -2, 0, 1],
    },
  ];

  constructor(options: ProviderOptions<WmisampClassName> = {}) {
    // One Fabrikam_DaqChannel instance per input; WMI names them FX4_0 ... FX4_3.
    super({ instanceCounts: { Fabrikam_DaqChannel: CHANNELS }, instanceBaseName: "FX4", ...options });
  }

  /** The simulated wall clock (the demo gives it to the WmiDevice, for event time stamps). */
  now(): Date {
    return new Date(STARTED_AT + this.ticks);
  }

  // ---- device model ---------------------------------------------------------------------------

  /** What the converter reports for channel `c` at sample `index`: clipped to the gain's range, calibrated. */
  private sample(c: number, index: number): Fabrikam_DaqSample {
    const ch = this.channels[c];
    if (!ch.enabled) return { Channel: c, Clipped: false, MicroVolts: 0, SampleIndex: 0n };
    const input = inputs[c];
    const raw = input.levelUv + triangle(index, input.rippleUv) + input.errorUv;
    const range = FULL_SCALE_UV / ch.gain;
    const clipped = Math.abs(raw) > range;
    const measured = Math.max(-range, Math.min(range, raw));
    return { Channel: c, Clipped: clipped, MicroVolts: measured + ch.offsetUv, SampleIndex: BigInt(index) };
  }

  private channelIndex(c: number): number {
    if (c >= CHANNELS) throw new WmiStatusError(STATUS_INVALID_PARAMETER, `there is no channel ${c}`);
    return c;
  }

  /** Fires Fabrikam_DaqAlarm when a reading leaves the channel's window (once per excursion). */
  private checkAlarm(c: number, reading: Fabrikam_DaqSample): void {
    const ch = this.channels[c];
    const high = reading.MicroVolts >= ch.alarmHighUv;
    const outside = ch.enabled && (high || reading.MicroVolts <= ch.alarmLowUv);
    // A driver must not fire events nobody enabled (wmi-kernel.md §5).
    if (outside && !ch.inAlarm && this.eventsEnabled("Fabrikam_DaqAlarm")) {
      this.fireFabrikam_DaqAlarm({
        Channel: c,
        High: high,
        MicroVolts: reading.MicroVolts,
        ThresholdMicroVolts: high ? ch.alarmHighUv : ch.alarmLowUv,
        DetectedAt: cimDatetime(this.now().getTime()),
        Label: ch.label,
      });
    }
    ch.inAlarm = outside;
  }

  /** Acquires `count` samples of every channel, checking alarms; returns channel `c`'s. */
  private acquire(c: number, count: number): Fabrikam_DaqSample[] {
    const taken: Fabrikam_DaqSample[] = [];
    for (let k = 0; k < count; k++) {
      const index = this.ticks++;
      for (let other = 0; other < CHANNELS; other++) {
        const s = this.sample(other, index);
        this.checkAlarm(other, s);
        if (other === c) taken.push(s);
      }
    }
    return taken;
  }

  // ---- data blocks ----------------------------------------------------------------------------

  queryFabrikam_DaqStatus(): Fabrikam_DaqStatus {
    return {
      Acquiring: true,
      EnabledChannels: this.channels.filter((c) => c.enabled).length,
      BoardTemperature: 41,
      FifoLevel: this.ticks % 512,
      ColdJunctionOffset: -125,
      SampleRate: SAMPLE_RATE,
      ClockDriftPpb: -3_200,
      SamplesAcquired: BigInt(this.ticks - this.counterBase),
      HostClockOffset: -18_750n,
    };
  }

  queryFabrikam_DaqDeviceInfo(): Fabrikam_DaqDeviceInfo {
    return {
      SerialNumber: "FX4-2025-004417",
      CalibrationDue: wmiDatetime("20260120000000.000000+000"),
      FirmwareVersion: [2, 7, 1, 41],
      Model: "Fabrikam FX-4 Data Acquisition Card",
    };
  }

  queryFabrikam_DaqChannel(instanceIndex: number): Fabrikam_DaqChannel {
    const ch = this.channels[instanceIndex];
    const history = Array.from({ length: 8 }, (_, k) => this.sample(instanceIndex, this.ticks - 9 + k).MicroVolts);
    return {
      Enabled: ch.enabled,
      Gain: ch.gain,
      AlarmHighMicroVolts: ch.alarmHighUv,
      AlarmLowMicroVolts: ch.alarmLowUv,
      Label: ch.label,
      Latest: this.sample(instanceIndex, this.ticks - 1),
      History: history,
    };
  }

  /**
   * Applies the writable items (the MOF's `write` qualifier); Latest and History are readings and
   * are ignored. A new threshold that puts the latest reading outside the window raises the alarm.
   */
  override setFabrikam_DaqChannel(instanceIndex: number, value: Fabrikam_DaqChannel): void {
    if (![1, 2, 4, 8].includes(value.Gain))
      throw new WmiStatusError(STATUS_INVALID_PARAMETER, `gain ${value.Gain} is not 1, 2, 4 or 8`);
    if (value.AlarmLowMicroVolts >= value.AlarmHighMicroVolts)
      throw new WmiStatusError(STATUS_INVALID_PARAMETER, "AlarmLowMicroVolts must be below AlarmHighMicroVolts");
    const ch = this.channels[instanceIndex];
    ch.enabled = value.Enabled;
    ch.gain = value.Gain;
    ch.alarmHighUv = value.AlarmHighMicroVolts;
    ch.alarmLowUv = value.AlarmLowMicroVolts;
    ch.label = value.Label;
    this.checkAlarm(instanceIndex, this.sample(instanceIndex, this.ticks - 1));
  }

  queryFabrikam_DaqSnapshot(): Fabrikam_DaqSnapshot {
    return {
      TakenAt: cimDatetime(this.now().getTime()),
      Samples: this.channels.map((_, c) => this.sample(c, this.ticks - 1)),
    };
  }

  queryFabrikam_DaqCalibrationLog(): Fabrikam_DaqCalibrationLog {
    return { RecordCount: this.calibrations.length, Records: this.calibrations };
  }

  // ---- methods --------------------------------------------------------------------------------

  Fabrikam_DaqControl_Capture(
    _instanceIndex: number,
    input: Fabrikam_DaqControl_Capture_In,
  ): Fabrikam_DaqControl_Capture_Out {
    const c = this.channelIndex(input.Channel);
    if (input.SampleCount < 1 || input.SampleCount > 64)
      throw new WmiStatusError(STATUS_INVALID_PARAMETER, "SampleCount must be 1 to 64");
    const samples = this.acquire(c, input.SampleCount).map((s) => s.MicroVolts);
    const sum = samples.reduce((a, b) => a + b, 0);
    return {
      MinimumMicroVolts: Math.min(...samples),
      MaximumMicroVolts: Math.max(...samples),
      MeanMicroVolts: Math.round(sum / samples.length),
      Count: samples.length,
      Samples: samples,
    };
  }

  /**
   * The technician has connected a reference source to the input. The card averages
   * CALIBRATION_SAMPLES readings of it (uncorrected), stores reference − mean as the channel's
   * offset and logs the run with the residual error of every RESIDUAL_STEP-th reading.
   */
  Fabrikam_DaqControl_Calibrate(
    _instanceIndex: number,
    input: Fabrikam_DaqControl_Calibrate_In,
  ): Fabrikam_DaqControl_Calibrate_Out {
    const c = this.channelIndex(input.Channel);
    if (input.Technician.length === 0 || input.Technician.length > 32)
      throw new WmiStatusError(STATUS_INVALID_PARAMETER, "Technician must be 1 to 32 characters");
    const readings: number[] = [];
    for (let k = 0; k < CALIBRATION_SAMPLES; k++) {
      const index = this.ticks++;
      readings.push(input.ReferenceMicroVolts + triangle(index, 10) + inputs[c].errorUv);
    }
    const mean = Math.round(readings.reduce((a, b) => a + b, 0) / readings.length);
    const offset = input.ReferenceMicroVolts - mean;
    this.channels[c].offsetUv = offset;
    const residuals = readings
      .filter((_, k) => k % RESIDUAL_STEP === 0)
      .map((r) => input.ReferenceMicroVolts - (r + offset));
    this.calibrations.push({
      PerformedAt: cimDatetime(this.now().getTime()),
      Channel: c,
      ReferenceMicroVolts: input.ReferenceMicroVolts,
      OffsetMicroVolts: offset,
      PointCount: residuals.length,
      Technician: input.Technician,
      Residuals: residuals,
    });
    return { OffsetMicroVolts: offset, RecordIndex: this.calibrations.length - 1 };
  }

  Fabrikam_DaqControl_ResetCounters(
    _instanceIndex: number,
    _input: Fabrikam_DaqControl_ResetCounters_In,
  ): Fabrikam_DaqControl_ResetCounters_Out {
    const previous = BigInt(this.ticks - this.counterBase);
    this.counterBase = this.ticks;
    return { PreviousSamplesAcquired: previous };
  }

  // ---- function control -----------------------------------------------------------------------

  /** A consumer that enables alarms hears about channels already out of range at the next reading. */
  protected override functionControl(className: WmisampClassName, kind: FunctionKind, enable: boolean): void {
    if (className === "Fabrikam_DaqAlarm" && kind === "events" && enable)
      for (const ch of this.channels) ch.inAlarm = false;
  }
}

/** What `mofkit query|get|set|invoke|watch --provider <this file>` instantiates. */
export default WmisampProvider;
