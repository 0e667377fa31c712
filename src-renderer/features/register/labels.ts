import { useTranslation } from 'react-i18next';
import type { XrayUnit } from '../../../src-shared/schemas/register/xray-units';

/** "CT — Siemens Somatom — SN-0042": how an X-ray unit is named in lists and pickers. */
export function useXrayLabel() {
  const { t } = useTranslation('register');
  return (u: Pick<XrayUnit, 'type' | 'manufacturer' | 'model' | 'serial'>) =>
    [t(`xray.types.${u.type}`), [u.manufacturer, u.model].filter(Boolean).join(' '), u.serial].filter(Boolean).join(' — ');
}
