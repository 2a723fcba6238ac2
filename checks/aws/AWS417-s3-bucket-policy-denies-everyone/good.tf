resource "aws_s3_bucket_policy" "tls_only" {
  bucket = "tls-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::tls-bucket", "arn:aws:s3:::tls-bucket/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:DeleteBucket"
        Resource  = "arn:aws:s3:::tls-bucket"
      }
    ]
  })
}
