type Props = {
  /** 0–100. */
  percent: number;
  /** Accessible name, e.g. "3 of 10 translated". */
  label: string;
  /** Visible text beside the bar, e.g. "30%". */
  text: string;
};

/** A small horizontal bar with its figure, exposed as a progressbar. */
export function ProgressMeter({ percent, label, text }: Props) {
  return (
    <span className="progress-meter">
      <span
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="progress-track"
      >
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="progress-text">{text}</span>
    </span>
  );
}
