// The WMI provider for thermal.mof. Created once by `mofkit compile --emit ts` and never overwritten: this file is yours.
// The base class and types in ./thermal.generated.ts are regenerated on every compile.
import {
  ThermalProviderBase,
  emptyContoso_ThermalReadings,
  emptyContoso_ThermalControl_SetFanDuty_Out,
  emptyContoso_ThermalControl_ReadSensor_Out,
  type Contoso_ThermalReadings,
  type Contoso_ThermalControl_SetFanDuty_In,
  type Contoso_ThermalControl_SetFanDuty_Out,
  type Contoso_ThermalControl_ReadSensor_In,
  type Contoso_ThermalControl_ReadSensor_Out,
} from "./thermal.generated.js";

export class ThermalProvider extends ThermalProviderBase {
  /** Instance `instanceIndex` of Contoso_ThermalReadings: read it from your device here. */
  queryContoso_ThermalReadings(instanceIndex: number): Contoso_ThermalReadings {
    void instanceIndex;
    return emptyContoso_ThermalReadings();
  }

  /** Contoso_ThermalControl.SetFanDuty: carry out the method here. */
  Contoso_ThermalControl_SetFanDuty(
    instanceIndex: number,
    input: Contoso_ThermalControl_SetFanDuty_In,
  ): Contoso_ThermalControl_SetFanDuty_Out {
    void instanceIndex;
    void input;
    return emptyContoso_ThermalControl_SetFanDuty_Out();
  }

  /** Contoso_ThermalControl.ReadSensor: carry out the method here. */
  Contoso_ThermalControl_ReadSensor(
    instanceIndex: number,
    input: Contoso_ThermalControl_ReadSensor_In,
  ): Contoso_ThermalControl_ReadSensor_Out {
    void instanceIndex;
    void input;
    return emptyContoso_ThermalControl_ReadSensor_Out();
  }
}

/** What `mofkit query|get|set|invoke|watch --provider <this file>` instantiates. */
export default ThermalProvider;
