type Props = { label: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void };

/** An on/off button exposed as a switch. */
export function Switch({ label, checked, disabled, onChange }: Props) {
  return (
    <button type="button" role="switch" aria-checked={checked} className="switch" disabled={disabled} onClick={() => onChange(!checked)}>
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">{label}</span>
    </button>
  );
}
