# The offending statement is the ninth: every statement is judged, wherever it stands.
resource "aws_iam_role" "many_trusts" {
  name = "many-trusts"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { Service = "svc0.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc1.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc2.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc3.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc4.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc5.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc6.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { Service = "svc7.amazonaws.com" }, Action = "sts:AssumeRole" },
      { Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole" }, # expect: AWS078
    ]
  })
}
