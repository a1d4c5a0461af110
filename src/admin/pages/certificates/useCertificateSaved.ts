// After any certificate change the person's list row, detail and validity all change with it.
import { useQueryClient } from '@tanstack/react-query';

export function useCertificateSaved() {
  const queryClient = useQueryClient();
  return async (personId: string, certificateId?: string) => {
    if (certificateId) await queryClient.invalidateQueries({ queryKey: ['certificate', certificateId] });
    await queryClient.invalidateQueries({ queryKey: ['person', personId] });
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    await queryClient.invalidateQueries({ queryKey: ['body'] });
  };
}
