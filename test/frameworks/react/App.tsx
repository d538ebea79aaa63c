import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BenchmarkGauge, HealthBadge, MaturityAssessment, NpsSurvey, ScoreRadar } from 'advocacy-kit/react';
import type {} from 'advocacy-kit/jsx';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const [score, setScore] = useState(85);
  const note = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <main>
      <HealthBadge
        label="Acme"
        score={score}
        onHealthChange={(e) => note(`health-change ${e.detail.previousBand} → ${e.detail.band}`)}
      />
      <button type="button" onClick={() => setScore(42)}>
        Acme misses a payment
      </button>
      <NpsSurvey
        surveyId="q3-portal"
        onNpsSelect={(e) => note(`nps-select ${e.detail.score} ${e.detail.category}`)}
        onNpsSubmit={(e) => note(`nps-submit ${e.detail.score} ${e.detail.surveyId}`)}
      />
      <MaturityAssessment
        model="customer-marketing-5"
        segment="growth"
        onAssessmentChange={(e) => note(`assessment-change ${e.detail.dimensionId} ${e.detail.score}`)}
      />
      <ScoreRadar
        axes={[
          { id: 'reach', label: 'Reach' },
          { id: 'depth', label: 'Depth' },
          { id: 'voice', label: 'Voice' },
        ]}
        series={[{ label: 'Acme', values: { reach: 3, depth: 4, voice: 2 } }]}
        min={1}
        max={5}
      />
      <BenchmarkGauge value={2.4} min={1} max={5} alarm={2} expected={3} good={4} />
      {/* Without a wrapper: React 19 sets properties and listens to `on<event-name>` on the element itself. */}
      <health-badge
        label="Globex"
        score={72}
        size="small"
        onhealth-error={(e) => note(`health-error ${e.detail.message}`)}
      />
      <output>{log.join('\n')}</output>
    </main>
  );
}

// @ts-expect-error a health score is a number, not a word
export const wrongWrapperProp = <HealthBadge score="high" />;
// @ts-expect-error a health score is a number, not a word
export const wrongElementProp = <health-badge score="high" />;

export function mount(container: HTMLElement): Root {
  const root = createRoot(container);
  root.render(<App />);
  return root;
}
