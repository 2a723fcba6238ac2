resource "aws_s3_bucket" "assets" {
  bucket = "corp-assets"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow" # expect: AWS137
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::corp-assets/*"
      },
    ]
  })
}
