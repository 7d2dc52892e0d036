import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { withContext } from '../../lib/connect-auth.js';

// Skyline's own image and video library (backgrounds, illustrations). Read-only: customer
// images never go to S3, they are uploaded to the Confluence page as attachments.
const BUCKET = process.env.LIBRARY_BUCKET;
const REGION = process.env.LIBRARY_BUCKET_REGION;
const s3 = new S3Client({ region: REGION });

export default withContext(async (req, res) => {
  if (req.method !== 'GET') return res.status(405).end();
  const kind = req.query.kind === 'videos' ? 'videos' : 'images';
  const listing = await s3.send(
    new ListObjectsV2Command({
      Bucket: BUCKET,
      Prefix: `${kind}/`,
      MaxKeys: 200,
      ContinuationToken: typeof req.query.cursor === 'string' ? req.query.cursor : undefined,
    }),
  );
  res.setHeader('Cache-Control', 'private, max-age=300');
  return res.status(200).json({
    items: (listing.Contents ?? []).map(({ Key }) => ({
      key: Key,
      url: `https://${BUCKET}.s3.${REGION}.amazonaws.com/${encodeURI(Key)}`,
    })),
    cursor: listing.NextContinuationToken ?? null,
  });
});
