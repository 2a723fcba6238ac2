resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/restore" }
        Action    = ["glacier:InitiateJob", "glacier:GetJobOutput"]
        Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "glacier:InitiateJob"
        Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "glacier:DeleteArchive"
        Resource  = "arn:aws:glacier:eu-west-1:111122223333:vaults/archive"
      }
    ]
  })
}

resource "aws_glacier_vault" "plain" {
  name = "plain"
}
