resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS319
      Principal = { AWS = "*" }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}
