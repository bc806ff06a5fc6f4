export const toolVersion = "0.1.0";
