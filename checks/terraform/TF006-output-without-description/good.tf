output "bucket_arn" {
  description = "ARN of the bucket that receives the access logs."
  value       = "arn:aws:s3:::example-logs"
}
