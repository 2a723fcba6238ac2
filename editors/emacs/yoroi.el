;;; yoroi.el --- use `yoroi lsp' through eglot  -*- lexical-binding: t; -*-
;; Load it from your init file: (load "/path/to/yoroi/editors/emacs/yoroi.el")
(require 'eglot)

(dolist (mode '(dockerfile-mode dockerfile-ts-mode
                terraform-mode hcl-mode
                yaml-mode yaml-ts-mode))
  (add-to-list 'eglot-server-programs `(,mode . ("yoroi" "lsp"))))

;; Optional settings (eglot sends them with workspace/didChangeConfiguration):
;; (setq-default eglot-workspace-configuration '(:yoroi (:severity "medium")))

(dolist (hook '(dockerfile-mode-hook dockerfile-ts-mode-hook terraform-mode-hook
                hcl-mode-hook yaml-mode-hook yaml-ts-mode-hook))
  (add-hook hook #'eglot-ensure))
