// Complete delivery systems and their main subsystems (MTCR Items 1, 2, 19, 20), engines (Item 3),
// navigation instruments (Item 9) and radiation-hardened electronics (Item 18).
import type { Entry } from '../types.js';
import { MTCR_RECALLED, MTCR_SOURCE, all, any, flag, q } from './build.js';

const MISSILE_NOTE = "'missile' means complete rocket systems and unmanned aerial vehicle systems capable of a range exceeding 300 km";

export const SYSTEM_ENTRIES: Entry[] = [
  {
    regime: 'MTCR', entry: '1.A.1', category: 'I', eu: '9A004 / 9A104 / ML4',
    title: 'Complete rocket systems (ballistic missiles, space launch vehicles, sounding rockets)',
    subject: { any: ['rocket system'] },
    criteria: [
      q('payload', '>=', 500, 'kg', 'capable of delivering at least a 500 kg payload'),
      q('range', '>=', 300, 'km', 'to a range of at least 300 km'),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '19.A.1', category: 'II', eu: '9A104 / ML4',
    title: 'Complete rocket systems with a range of 300 km or more, not in 1.A.1',
    subject: { any: ['rocket system'] },
    criteria: [
      q('range', '>=', 300, 'km', 'capable of a maximum range equal to or greater than 300 km'),
      q('payload', '<', 500, 'kg', 'not specified in 1.A.1 (payload under 500 kg)'),
    ],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '1.A.2', category: 'I', eu: '9A012 / 9A112.a / ML10',
    title: 'Complete unmanned aerial vehicle systems (including cruise missiles, target and reconnaissance drones)',
    subject: { any: ['uav'] },
    criteria: [
      q('payload', '>=', 500, 'kg', 'capable of delivering at least a 500 kg payload'),
      q('range', '>=', 300, 'km', 'to a range of at least 300 km'),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '19.A.2', category: 'II', eu: '9A112.a',
    title: 'Complete unmanned aerial vehicle systems with a range of 300 km or more, not in 1.A.2',
    subject: { any: ['uav'] },
    criteria: [
      q('range', '>=', 300, 'km', 'capable of a maximum range equal to or greater than 300 km'),
      q('payload', '<', 500, 'kg', 'not specified in 1.A.2 (payload under 500 kg)'),
    ],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '2.A.1.c', category: 'I', eu: '9A007.a / 9A009.a / 9A105.a',
    title: 'Rocket propulsion subsystems (solid, hybrid or liquid) usable in 1.A systems',
    subject: { any: ['rocket motor'] },
    criteria: [q('totalImpulse', '>=', 1.1, 'MN·s', 'total impulse capacity equal to or greater than 1,1 MNs')],
    notes: ['usable in the systems specified in 1.A', 'liquid apogee engines of 1 kN vacuum thrust or less may be treated as Category II'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '20.A.1.b', category: 'II', eu: '9A105.b / 9A107 / 9A109.a',
    title: 'Rocket propulsion subsystems usable in 19.A systems',
    subject: { any: ['rocket motor'] },
    criteria: [
      q('totalImpulse', '>=', 0.841, 'MN·s', 'total impulse capacity equal to or greater than 0,841 MNs'),
      q('totalImpulse', '<', 1.1, 'MN·s', 'and less than 1,1 MNs (above that: 2.A.1.c)'),
    ],
    notes: ['usable in complete rocket systems or unmanned aerial vehicles capable of a range of 300 km'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '2.A.1.d', category: 'I', eu: '7A117',
    title: 'Guidance sets',
    subject: { any: ['guidance set'] },
    criteria: [q('accuracyFraction', '<=', 3.33, '%', "system accuracy of 3,33% or less of the range (e.g. a 'CEP' of 10 km or less at a range of 300 km)")],
    notes: ['usable in "missiles"'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '3.A.1', category: 'II', eu: '9A101.a',
    title: 'Turbojet and turbofan engines',
    subject: { any: ['turbojet'] },
    criteria: [
      q('thrust', '>', 400, 'N', "'maximum thrust value' greater than 400 N"),
      any(
        'excluding civil certified engines with a maximum thrust value greater than 8 890 N',
        flag('civilCertified', false, 'not a civil certified engine'),
        q('thrust', '<=', 8890, 'N', 'maximum thrust value of 8 890 N or less'),
      ),
      q('sfc', '<=', 0.15, 'kg/(N·h)', 'specific fuel consumption of 0,15 kg N-1 h-1 or less'),
      q('dryWeight', '<', 750, 'kg', "'dry weight' less than 750 kg", ['mass']),
      q('rotorDiameter', '<', 1, 'm', "'first-stage rotor diameter' less than 1 m"),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '9.A.3', category: 'II', eu: '7A101',
    title: 'Linear accelerometers for inertial navigation or guidance',
    subject: { any: ['accelerometer'] },
    criteria: [
      flag('navigationUse', true, 'designed for use in inertial navigation systems or in guidance systems of all types'),
      q('biasRepeatability', '<', 1250, 'µg', 'a "bias" "repeatability" of less (better) than 1 250 micro g'),
      q('scaleFactorRepeatability', '<', 1250, 'ppm', 'a "scale factor" "repeatability" of less (better) than 1 250 ppm'),
      flag('mwd', false, 'Note: not accelerometers specially designed as Measurement While Drilling (MWD) sensors', false),
    ],
    notes: [`usable in 'missiles'; ${MISSILE_NOTE}`, 'bias and scale factor: one sigma over one year against a fixed calibration'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '9.A.4', category: 'II', eu: '7A102',
    title: 'Gyros of all types',
    subject: { any: ['gyro'] },
    criteria: [q('driftRate', '<', 0.5, '°/h', 'a rated "drift rate" \'stability\' of less than 0,5° (1 sigma or rms) per hour in a 1 g environment')],
    notes: [`usable in 'missiles'; ${MISSILE_NOTE}`, 'other than those specified in 7A002'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '9.A.5', category: 'II', eu: '7A001.b / 7A002.b',
    title: 'Accelerometers or gyros specified to function above 100 g',
    subject: { any: ['accelerometer', 'gyro'] },
    criteria: [
      flag('navigationUse', true, 'designed for use in inertial navigation systems or in guidance systems of all types'),
      q('acceleration', '>', 100, 'g', 'specified to function at acceleration levels greater than 100 g'),
    ],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '9.A.6', category: 'II', eu: '7A103.a',
    title: "'Inertial measurement equipment or systems' using the accelerometers or gyros of 9.A.3 or 9.A.4",
    subject: { any: ['navigation'] },
    criteria: [
      any(
        'using gyros of 9.A.4 (drift rate stability under 0,5°/h) or accelerometers of 9.A.3 (bias and scale factor repeatability under 1 250 micro g and 1 250 ppm)',
        q('driftRate', '<', 0.5, '°/h', 'gyros with a rated drift rate stability of less than 0,5° per hour (7A102)'),
        all('accelerometers of 7A101', q('biasRepeatability', '<', 1250, 'µg', 'accelerometer bias repeatability less than 1 250 micro g'), q('scaleFactorRepeatability', '<', 1250, 'ppm', 'accelerometer scale factor repeatability less than 1 250 ppm')),
      ),
    ],
    notes: ['includes AHRS, gyrocompasses, IMUs, INS, IRS and IRUs', '7A103.a.2 (with 7A001.a.1/.a.2 accelerometers usable in missiles) is not decided here'],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '9.A.7', category: 'II', eu: '7A103.c',
    title: 'Integrated navigation systems',
    subject: { any: ['integrated navigation system'] },
    criteria: [
      flag('designedForMissiles', true, "designed or modified for 'missiles'"),
      q('cep', '<=', 200, 'm', "capable of providing a navigational accuracy of 200 m 'CEP' or less"),
    ],
    notes: [MISSILE_NOTE],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
  {
    regime: 'MTCR', entry: '11.A.3', category: 'II', eu: '7A105',
    title: "Receiving equipment for 'navigation satellite systems'",
    subject: { any: ['gnss receiver'] },
    criteria: [
      any(
        'designed for space launch vehicles, sounding rockets or UAVs; or airborne with speeds over 600 m/s, military decryption or anti-jam features',
        flag('launchVehicleUse', true, 'designed or modified for use in space launch vehicles (9A004) or sounding rockets (9A104)'),
        flag('uavUse', true, 'designed or modified for use in unmanned aerial vehicles (9A012, 9A112.a)'),
        all(
          'airborne',
          flag('airborne', true, 'designed or modified for airborne applications'),
          any(
            'speed, decryption or anti-jam',
            q('speed', '>', 600, 'm/s', 'capable of providing navigation information at speeds in excess of 600 m/s'),
            flag('militaryDecryption', true, "employing decryption designed or modified for military or governmental services, to gain access to a 'navigation satellite system' secured signal/data"),
            flag('antiJam', true, 'specially designed to employ anti-jam features (e.g. null steering or electronically steerable antenna)'),
          ),
        ),
      ),
    ],
    classes: ['mtcr'],
    source: MTCR_RECALLED,
  },
  {
    regime: 'MTCR', entry: '18.A.1', category: 'II', eu: null,
    title: 'Radiation-hardened microcircuits',
    subject: { any: ['microcircuit'], all: ['rad-hard'] },
    criteria: [q('totalDose', '>=', 5e5, 'rad(Si)', 'radiation hardened to a total dose of 5 x 10^5 rads (Si) or more')],
    notes: ['usable in protecting rocket systems and unmanned aerial vehicles against nuclear effects'],
    classes: ['mtcr'],
    source: MTCR_SOURCE,
  },
];
