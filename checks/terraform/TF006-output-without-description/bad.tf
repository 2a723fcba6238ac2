output "bucket_arn" {  # expect: TF006
  value = "arn:aws:s3:::example-logs"
}
